//! Text from etcd was written by other clients: control characters are escaped before it
//! reaches a terminal.

use std::borrow::Cow;

/// Escapes control characters (including ESC) so text from etcd cannot drive the terminal.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(char::is_control) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if c.is_control() {
                    c.escape_default().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

/// [`sanitize`] for bytes that may not be UTF-8: valid text escaped as there, each byte
/// that is not part of valid UTF-8 shown as `\xNN` (visibly, not as a replacement mark).
pub fn sanitize_bytes(bytes: &[u8]) -> Cow<'_, str> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return sanitize(text);
    }
    let mut shown = String::new();
    for chunk in bytes.utf8_chunks() {
        shown.push_str(&sanitize(chunk.valid()));
        for byte in chunk.invalid() {
            shown.push_str(&format!("\\x{byte:02x}"));
        }
    }
    Cow::Owned(shown)
}

#[cfg(test)]
mod tests {
    use super::{sanitize, sanitize_bytes};

    #[test]
    fn control_characters_are_escaped() {
        assert_eq!(sanitize("plain"), "plain");
        assert_eq!(sanitize("a\x1b[31mb\n"), "a\\u{1b}[31mb\\n");
    }

    #[test]
    fn bytes_that_are_not_utf8_are_shown_as_hex_escapes() {
        assert_eq!(sanitize_bytes(b"plain"), "plain");
        assert_eq!(sanitize_bytes(b"a\xffb\xc3\n"), "a\\xffb\\xc3\\n");
    }
}
