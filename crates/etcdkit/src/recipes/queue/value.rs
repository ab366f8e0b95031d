//! Item values are bytes, as etcd stores them. Where a value is written as JSON (claimed,
//! delayed and dead records in etcd; `-o json` lines), it is the string `value` when it is
//! UTF-8 and `value_base64` (standard alphabet, padded) when it is not, so no value is
//! altered on its way through a claim, a retry or a dead letter.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use serde::{Deserialize, Serialize};

/// A value as JSON carries it: exactly one of the two fields.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Encoded {
    /// The value, when it is UTF-8.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// The value in base64, when it is not UTF-8.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value_base64: Option<String>,
}

impl Encoded {
    /// `bytes` as `value` if they are UTF-8, else as `value_base64`.
    pub fn of(bytes: &[u8]) -> Encoded {
        match std::str::from_utf8(bytes) {
            Ok(text) => Encoded {
                value: Some(text.to_string()),
                value_base64: None,
            },
            Err(_) => Encoded {
                value: None,
                value_base64: Some(STANDARD.encode(bytes)),
            },
        }
    }

    /// `bytes` in standard base64, whatever they hold (e.g. text with a NUL byte, which
    /// no environment variable can carry).
    pub fn base64(bytes: &[u8]) -> String {
        STANDARD.encode(bytes)
    }

    /// The bytes again.
    ///
    /// Errors: neither field, or `value_base64` that is not base64.
    pub fn bytes(self) -> Result<Vec<u8>, String> {
        match (self.value, self.value_base64) {
            (Some(text), _) => Ok(text.into_bytes()),
            (None, Some(encoded)) => STANDARD
                .decode(encoded)
                .map_err(|e| format!("value_base64: {e}")),
            (None, None) => Err("no value or value_base64".into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Encoded;

    #[test]
    fn utf8_stays_text_and_other_bytes_round_trip_through_base64() {
        let text = Encoded::of("build 42".as_bytes());
        assert_eq!(text.value.as_deref(), Some("build 42"));
        assert_eq!(
            serde_json::to_string(&text).unwrap(),
            r#"{"value":"build 42"}"#
        );
        let raw = [0xff, 0x00, b'a', 0xc3];
        let encoded = Encoded::of(&raw);
        assert_eq!(
            serde_json::to_string(&encoded).unwrap(),
            r#"{"value_base64":"/wBhww=="}"#
        );
        assert_eq!(encoded.bytes().unwrap(), raw);
        assert!(Encoded::default().bytes().is_err());
    }
}
