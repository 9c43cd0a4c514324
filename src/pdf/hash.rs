//! A small deterministic hash for the trailer /ID.
//!
//! The /ID only has to differ between different fills and stay equal for equal
//! ones; it is not a security feature, so two FNV-1a lanes (128 bits) suffice and
//! spare a crypto dependency.

pub(crate) struct IdHasher {
    a: u64,
    b: u64,
}

const PRIME: u64 = 0x0000_0100_0000_01b3;

impl IdHasher {
    pub(crate) fn new() -> Self {
        // Two different offset bases so the lanes do not collide trivially.
        IdHasher {
            a: 0xcbf2_9ce4_8422_2325,
            b: 0x6c62_272e_07bb_0142,
        }
    }

    pub(crate) fn update(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.a = (self.a ^ u64::from(byte)).wrapping_mul(PRIME);
            self.b = (self.b ^ u64::from(byte.rotate_left(3))).wrapping_mul(PRIME);
        }
        // Length separator so that ("ab","c") and ("a","bc") hash differently.
        let len = bytes.len() as u64;
        for byte in len.to_le_bytes() {
            self.a = (self.a ^ u64::from(byte)).wrapping_mul(PRIME);
        }
    }

    pub(crate) fn finish(&self) -> [u8; 16] {
        let mut out = [0u8; 16];
        out[..8].copy_from_slice(&self.a.to_be_bytes());
        out[8..].copy_from_slice(&self.b.to_be_bytes());
        out
    }
}
