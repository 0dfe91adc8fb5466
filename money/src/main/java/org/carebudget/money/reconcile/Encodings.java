package org.carebudget.money.reconcile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a statement file's bytes into text: a UTF-8 or UTF-16 byte-order mark decides the encoding and is dropped;
 * without one, strict UTF-8, and where the bytes are not UTF-8, Windows-1252 (older UK bank downloads write
 * {@code £} as the single byte 0xA3). Stateless and thread-safe.
 */
final class Encodings {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Encodings() {
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return decodeUtf8(bytes, 3);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        return decodeUtf8(bytes, 0);
    }

    private static String decodeUtf8(byte[] bytes, int offset) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
        }
    }
}
