//! Flate compression of the streams a fill adds (appearances, font subsets, CMaps).
//!
//! Starting a level-9 deflate costs a fixed ~320,000 instructions (miniz_oxide clears its
//! tables), whether the encoder is new (`lopdf::Stream::compress` makes one per stream) or
//! reset: with a few hundred small appearance streams per form that was 40% of a whole
//! packet's time, to save some 40 bytes per stream. So streams under [`MIN_LEN`] are stored as
//! they are, and larger ones go through one compressor per thread (zlib framing; a reset
//! compressor starts from a new one's state, so the bytes depend on the stream alone).

use std::cell::RefCell;

use flate2::{Compress, Compression, FlushCompress, Status};
use lopdf::Stream;

thread_local! {
    // Level 6 rather than lopdf's 9: on these streams (text operators, font subsets) level 9
    // searched far longer for a few percent of size.
    static COMPRESSOR: RefCell<Compress> = RefCell::new(Compress::new(Compression::default(), true));
    static FAST: RefCell<Compress> = RefCell::new(Compress::new(Compression::fast(), true));
}

/// Below this many bytes a stream is not worth starting a compressor for.
pub(crate) const MIN_LEN: usize = 2048;

/// Compresses `stream` like `Stream::compress` (only when it has no /Filter yet and only when
/// that makes it smaller), if it is at least [`MIN_LEN`] bytes long.
pub(crate) fn compress(stream: &mut Stream) {
    compress_with(stream, &COMPRESSOR);
}

/// Like [`compress`] at level 1: for machine-made data (the cross-reference stream: level 6
/// spent ~4 ms on an I-485's 50 KB of near-identical rows), the draft's page content, and
/// font subsets (level 6 took over twice the instructions, for 5 KB less per draft).
pub(crate) fn compress_fast(stream: &mut Stream) {
    compress_with(stream, &FAST);
}

fn compress_with(stream: &mut Stream, which: &'static std::thread::LocalKey<RefCell<Compress>>) {
    if stream.content.len() < MIN_LEN || stream.dict.get(b"Filter").is_ok() {
        return;
    }
    let Some(compressed) = zlib(&stream.content, which) else {
        return;
    };
    if compressed.len() + 19 < stream.content.len() {
        stream.dict.set("Filter", "FlateDecode");
        stream.set_content(compressed);
    }
}

fn zlib(data: &[u8], which: &'static std::thread::LocalKey<RefCell<Compress>>) -> Option<Vec<u8>> {
    which.with(|c| {
        let mut c = c.borrow_mut();
        c.reset();
        let mut out = Vec::with_capacity(data.len() / 2 + 64);
        loop {
            let consumed = c.total_in() as usize;
            let status = c
                .compress_vec(
                    &data[consumed.min(data.len())..],
                    &mut out,
                    FlushCompress::Finish,
                )
                .ok()?;
            match status {
                Status::StreamEnd => return Some(out),
                Status::Ok | Status::BufError => out.reserve(out.capacity().max(64)),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::dictionary;

    /// The reused compressor gives back the bytes it was given, and the same output for the
    /// same input however many streams came before (the reset must leave nothing behind).
    #[test]
    fn round_trips_and_repeats() {
        let texts: Vec<Vec<u8>> = vec![
            b"/Tx BMC\nq\n1 1 100 10 re W n\nBT\n/Helv 9 Tf\n0 g\n1 0 0 1 2 3 Tm (HADDAD) Tj\nET\nQ\nEMC\n".repeat(30),
            (0..200_000u32).map(|i| (i * 7 % 251) as u8).collect(),
            b"short, but compressed all the same ".repeat(60),
            b"BT /F1 12 Tf (a) Tj ET ".repeat(5000),
        ];
        let first: Vec<Stream> = texts
            .iter()
            .map(|t| {
                let mut s = Stream::new(dictionary! {}, t.clone());
                compress(&mut s);
                s
            })
            .collect();
        for (t, s) in texts.iter().zip(&first) {
            assert_eq!(
                s.dict.get(b"Filter").ok(),
                Some(&lopdf::Object::from("FlateDecode"))
            );
            assert_eq!(&s.decompressed_content().expect("inflates"), t);
            let mut again = Stream::new(dictionary! {}, t.clone());
            compress(&mut again);
            assert_eq!(
                again.content, s.content,
                "not the same bytes the second time"
            );
        }
    }

    #[test]
    fn small_streams_stay_as_they_are() {
        let text = b"/Tx BMC\nq\nBT\n/Helv 9 Tf\n(HADDAD) Tj\nET\nQ\nEMC\n".to_vec();
        let mut s = Stream::new(dictionary! {}, text.clone());
        compress(&mut s);
        assert_eq!(s.content, text);
        assert!(s.dict.get(b"Filter").is_err());
    }
}
