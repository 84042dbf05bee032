/*
 * Copyright 2026-present the original author or authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

/**
 * The restart journal: a small file in the service's state directory that records each
 * start and whether the previous run ended with a clean stop, so that starts, crashes and
 * restarts are known on every operating system. Plain Java, no Spring.
 */
@NullMarked
package io.github.servicestarter.restarts;

import org.jspecify.annotations.NullMarked;
