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

package io.github.servicestarter.windows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The owner and the access control entries of a file or directory, read from their SDDL
 * form (what {@code ConvertSecurityDescriptorToStringSecurityDescriptorW} returns), and
 * the SDDL of the directories the starter protects.
 *
 * @param owner the owner's SID, or {@code null} when not known
 * @param entries the DACL's entries, in order
 * @author Service Starter contributors
 * @since 0.1.0
 */
public record SecurityDescriptor(@Nullable String owner, List<Entry> entries) {

	/** {@code NT AUTHORITY\SYSTEM}. */
	public static final String SYSTEM = "S-1-5-18";

	/** {@code BUILTIN\Administrators}. */
	public static final String ADMINISTRATORS = "S-1-5-32-544";

	/** {@code NT SERVICE\TrustedInstaller}, which owns the system's own files. */
	public static final String TRUSTED_INSTALLER = "S-1-5-80-956008885-3418522649-1831038044-1853292631-2271478464";

	/**
	 * Rights that change a file or what a directory holds: write and append data (add a
	 * file or a subdirectory), delete it or a child, change its ACL or owner, and the
	 * generic write and all.
	 */
	public static final int WRITE_RIGHTS = 0x2 | 0x4 | 0x40 | 0x10000 | 0x40000 | 0x80000 | 0x40000000 | 0x10000000;

	/**
	 * Rights on a directory above that let someone replace what is below: delete or
	 * rename.
	 */
	public static final int REPLACE_RIGHTS = 0x40 | 0x10000 | 0x40000 | 0x80000 | 0x10000000;

	private static final Map<String, String> SID_ALIASES = Map.ofEntries(Map.entry("SY", SYSTEM),
			Map.entry("BA", ADMINISTRATORS), Map.entry("BU", "S-1-5-32-545"), Map.entry("BG", "S-1-5-32-546"),
			Map.entry("AU", "S-1-5-11"), Map.entry("WD", "S-1-1-0"), Map.entry("CO", "S-1-3-0"),
			Map.entry("OW", "S-1-3-4"), Map.entry("IU", "S-1-5-4"), Map.entry("LS", "S-1-5-19"),
			Map.entry("NS", "S-1-5-20"), Map.entry("PS", "S-1-5-10"), Map.entry("AN", "S-1-5-7"),
			Map.entry("AC", "S-1-15-2-1"));

	private static final Map<String, Integer> RIGHT_ALIASES = Map.ofEntries(Map.entry("FA", 0x1F01FF),
			Map.entry("FR", 0x120089), Map.entry("FW", 0x120116), Map.entry("FX", 0x1200A0),
			Map.entry("GA", 0x10000000), Map.entry("GR", 0x80000000), Map.entry("GW", 0x40000000),
			Map.entry("GX", 0x20000000), Map.entry("SD", 0x10000), Map.entry("RC", 0x20000), Map.entry("WD", 0x40000),
			Map.entry("WO", 0x80000), Map.entry("CC", 0x1), Map.entry("DC", 0x2), Map.entry("LC", 0x4),
			Map.entry("SW", 0x8), Map.entry("RP", 0x10), Map.entry("WP", 0x20), Map.entry("DT", 0x40),
			Map.entry("LO", 0x80), Map.entry("CR", 0x100));

	private static final Pattern OWNER = Pattern.compile("O:([A-Z]{2}|S-[0-9-]+)");

	private static final Pattern ENTRY = Pattern.compile("\\(([A-Z]+);([A-Z]*);([^;]*);[^;]*;[^;]*;([^;)]+)[^)]*\\)");

	public SecurityDescriptor {
		entries = List.copyOf(entries);
	}

	/**
	 * Read a security descriptor's SDDL form: the owner and the DACL's entries.
	 * @param sddl the SDDL string
	 * @return the descriptor
	 */
	public static SecurityDescriptor parse(String sddl) {
		Matcher owner = OWNER.matcher(sddl);
		int dacl = sddl.indexOf("D:");
		List<Entry> entries = new ArrayList<>();
		if (dacl >= 0) {
			int sacl = sddl.indexOf("S:", dacl);
			Matcher entry = ENTRY.matcher((sacl > dacl) ? sddl.substring(dacl, sacl) : sddl.substring(dacl));
			while (entry.find()) {
				entries.add(new Entry(entry.group(1).equals("A"), entry.group(2).contains("IO"), rights(entry.group(3)),
						sid(entry.group(4))));
			}
		}
		return new SecurityDescriptor(owner.find() ? sid(owner.group(1)) : null, entries);
	}

	/**
	 * Return the SDDL of a directory only the system, the administrators and one service
	 * reach: owned by the administrators, a protected DACL (nothing inherited from above)
	 * that gives SYSTEM and the administrators full control and the service modify
	 * rights, inherited by what it holds.
	 * @param serviceSid the service's SID
	 * @return the SDDL string
	 */
	public static String serviceDirectory(String serviceSid) {
		return "O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1301bf;;;" + serviceSid + ")";
	}

	/**
	 * Return the SDDL of a directory the system and the administrators write and one
	 * service only reads: like {@link #serviceDirectory(String)}, with read and execute
	 * for the service. Its own protected DACL keeps the modify right the service holds on
	 * the directory above from reaching it, and that right does not include deleting a
	 * child (only full control does), so the service cannot replace it either.
	 * @param serviceSid the service's SID
	 * @return the SDDL string
	 */
	public static String startupCacheDirectory(String serviceSid) {
		return "O:BAG:SYD:PAI(A;OICI;FA;;;SY)(A;OICI;FA;;;BA)(A;OICI;0x1200a9;;;" + serviceSid + ")";
	}

	/**
	 * Return who besides the trusted can use the given rights on the object itself
	 * (entries that only pass to children are left out), and whether its owner is
	 * untrusted (an owner can change the DACL).
	 * @param rights the rights asked about
	 * @param trusted the trusted SIDs
	 * @return the SIDs, the owner first, in order
	 */
	public List<String> untrustedHolders(int rights, Set<String> trusted) {
		List<String> holders = new ArrayList<>();
		if (this.owner != null && !trusted.contains(this.owner)) {
			holders.add(this.owner + " (owner)");
		}
		for (Entry entry : this.entries) {
			if (entry.allow() && !entry.inheritOnly() && (entry.rights() & rights) != 0
					&& !trusted.contains(entry.sid()) && !holders.contains(entry.sid())) {
				holders.add(entry.sid());
			}
		}
		return holders;
	}

	private static int rights(String rights) {
		if (rights.toLowerCase(Locale.ROOT).startsWith("0x")) {
			return Integer.parseUnsignedInt(rights.substring(2), 16);
		}
		int mask = 0;
		for (int i = 0; i + 1 < rights.length(); i += 2) {
			mask |= RIGHT_ALIASES.getOrDefault(rights.substring(i, i + 2), 0);
		}
		return mask;
	}

	private static String sid(String sid) {
		return SID_ALIASES.getOrDefault(sid, sid);
	}

	/**
	 * One access control entry.
	 *
	 * @param allow whether it allows (rather than denies)
	 * @param inheritOnly whether it applies only to what the directory holds
	 * @param rights the access mask
	 * @param sid the SID it applies to
	 */
	public record Entry(boolean allow, boolean inheritOnly, int rights, String sid) {

	}

}
