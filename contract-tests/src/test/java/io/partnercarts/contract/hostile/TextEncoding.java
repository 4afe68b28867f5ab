package io.partnercarts.contract.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.HexFormat;
import java.util.List;

/**
 * The encodings JSON text once could come in (RFC 7159, section 8.1; RFC 8259 now requires UTF-8), with
 * their byte order marks and byte sequences that are not valid text in them.
 */
enum TextEncoding {
    UTF_8("UTF-8", "EFBBBF", List.of("FF", "C0AF", "EDA080", "F4908080", "E282", "80", "F888808080")),
    UTF_16BE("UTF-16BE", "FEFF", List.of("D800", "DC00", "41")),
    UTF_16LE("UTF-16LE", "FFFE", List.of("00D8", "00DC", "41")),
    UTF_32BE("UTF-32BE", "0000FEFF", List.of("00110000", "0000D800", "FFFFFFFF", "0041")),
    UTF_32LE("UTF-32LE", "FFFE0000", List.of("00001100", "00D80000", "FFFFFFFF", "4100"));

    private final String name;
    private final byte[] bom;
    private final List<String> invalidSequences;

    TextEncoding(String name, String bom, List<String> invalidSequences) {
        this.name = name;
        this.bom = HexFormat.of().parseHex(bom);
        this.invalidSequences = invalidSequences;
    }

    Charset charset() {
        return Charset.forName(name);
    }

    byte[] withBom(byte[] text) {
        return concat(bom, text);
    }

    /** Byte sequences that no decoder of this encoding may read as text, in hex. */
    List<String> invalidSequences() {
        return invalidSequences;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    @Override
    public String toString() {
        return name;
    }
}
