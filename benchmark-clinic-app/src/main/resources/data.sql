insert into vet (id, name, specialty) values (1, 'James Carter', 'none'), (2, 'Helen Leary', 'radiology');
