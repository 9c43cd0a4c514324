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
/// An odd multiplier of its own for the second lane's word steps (the 64-bit golden ratio).
const PRIME_B: u64 = 0x9e37_79b9_7f4a_7c15;

impl IdHasher {
    pub(crate) fn new() -> Self {
        // Two different offset bases so the lanes do not collide trivially.
        IdHasher {
            a: 0xcbf2_9ce4_8422_2325,
            b: 0x6c62_272e_07bb_0142,
        }
    }

    pub(crate) fn update(&mut self, bytes: &[u8]) {
        // Eight bytes a step: byte by byte, the two multiply chains over a draft's page
        // content were most of the time spent writing it. The shift folds the high bits back
        // down, which a multiply alone never carries to the low ones.
        let mut words = bytes.chunks_exact(8);
        for word in &mut words {
            let mut w = [0u8; 8];
            w.copy_from_slice(word);
            let x = u64::from_le_bytes(w);
            self.a = (self.a ^ x).wrapping_mul(PRIME);
            self.a ^= self.a >> 29;
            self.b = (self.b ^ x.rotate_left(32)).wrapping_mul(PRIME_B);
            self.b ^= self.b >> 31;
        }
        for &byte in words.remainder() {
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

#[cfg(test)]
mod tests {
    use super::IdHasher;
    use std::collections::HashSet;

    fn id(bytes: &[u8]) -> [u8; 16] {
        let mut h = IdHasher::new();
        h.update(bytes);
        h.finish()
    }

    /// Any one-bit change of a page-sized buffer gives another /ID, and no two changes the
    /// same one: fills that differ in a single character must not share an /ID.
    #[test]
    fn every_bit_matters() {
        let base: Vec<u8> = (0..1003u32).map(|i| (i * 31 % 251) as u8).collect();
        let mut seen = HashSet::new();
        seen.insert(id(&base));
        for bit in 0..base.len() * 8 {
            let mut flipped = base.clone();
            flipped[bit / 8] ^= 1 << (bit % 8);
            assert!(seen.insert(id(&flipped)), "bit {bit} collides");
        }
    }

    #[test]
    fn pieces_are_separated() {
        let mut a = IdHasher::new();
        a.update(b"abcdefghij");
        a.update(b"k");
        let mut b = IdHasher::new();
        b.update(b"abcdefghi");
        b.update(b"jk");
        assert_ne!(a.finish(), b.finish());
    }
}
