//! PDF syntax for content streams and objects: numbers, names and literal strings, written
//! without a `String` per token (they run for every glyph run and line drawn). The bottom of
//! `pdf/`: it uses nothing else of it.

/// Formats a coordinate compactly and deterministically: at most three decimals, no trailing
/// zeros, never `-0`. See [`push_num`].
pub(crate) fn num(v: f32) -> String {
    let mut out = Vec::with_capacity(12);
    push_num(&mut out, v);
    String::from_utf8(out).unwrap_or_default()
}

/// Appends [`num`]'s text of `v` to a content stream. In integer arithmetic and without a
/// `String` per number: it runs for every glyph run and line drawn, and float formatting, then
/// `format!` per number, were 5% of a packet each.
pub(crate) fn push_num(out: &mut Vec<u8>, v: f32) {
    if !v.is_finite() {
        out.push(b'0');
        return;
    }
    let thousandths = (f64::from(v) * 1000.0).round_ties_even() as i64;
    if thousandths == 0 {
        out.push(b'0');
        return;
    }
    if thousandths < 0 {
        out.push(b'-');
    }
    let abs = thousandths.unsigned_abs();
    let (int, frac) = (abs / 1000, abs % 1000);
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    let mut rest = int;
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
    if frac != 0 {
        let decimals = [frac / 100, frac / 10 % 10, frac % 10].map(|d| b'0' + d as u8);
        let keep = if frac % 100 == 0 {
            1
        } else if frac % 10 == 0 {
            2
        } else {
            3
        };
        out.push(b'.');
        out.extend_from_slice(&decimals[..keep]);
    }
}

/// Appends each number followed by a space (`1 0 0 1 x y Tm` style operands).
pub(crate) fn push_operands(out: &mut Vec<u8>, values: &[f32]) {
    for &v in values {
        push_num(out, v);
        out.push(b' ');
    }
}

pub(crate) fn push_name(out: &mut Vec<u8>, name: &[u8]) {
    out.push(b'/');
    for &b in name {
        if b" \t\n\r\x0C()<>[]{}/%#".contains(&b) || !(33..=126).contains(&b) {
            out.extend_from_slice(format!("#{b:02X}").as_bytes());
        } else {
            out.push(b);
        }
    }
}

/// Writes `bytes` as a PDF literal string, escaping what the syntax requires.
pub(crate) fn push_literal(out: &mut Vec<u8>, bytes: &[u8]) {
    out.push(b'(');
    for &b in bytes {
        match b {
            b'(' | b')' | b'\\' => {
                out.push(b'\\');
                out.push(b);
            }
            b'\r' => out.extend_from_slice(b"\\r"),
            b'\n' => out.extend_from_slice(b"\\n"),
            _ => out.push(b),
        }
    }
    out.push(b')');
}

#[cfg(test)]
mod tests {
    use super::num;

    /// The integer formatting gives what `{:.3}` trimmed gave, for the values content streams
    /// hold (coordinates on a page, font sizes, small negative offsets).
    #[test]
    fn num_matches_float_formatting() {
        let old = |v: f32| {
            let s = format!("{v:.3}");
            let s = s.trim_end_matches('0').trim_end_matches('.');
            if s == "-0" {
                "0".to_string()
            } else {
                s.to_string()
            }
        };
        let mut differ = 0;
        for i in -200_000..200_000 {
            let v = i as f32 * 0.01237;
            if num(v) != old(v) {
                differ += 1;
                // Only a tie at the third decimal may round the other way.
                assert!(
                    (num(v).parse::<f32>().unwrap_or(f32::NAN) - v).abs() <= 0.000_51,
                    "{v}: {} vs {}",
                    num(v),
                    old(v)
                );
            }
        }
        assert!(differ < 50, "{differ} values format differently");
        assert_eq!(num(0.0004), "0");
        assert_eq!(num(-0.0004), "0");
        assert_eq!(num(12.5), "12.5");
        assert_eq!(num(-3.25), "-3.25");
        assert_eq!(num(612.0), "612");
        assert_eq!(num(0.005), "0.005");
        assert_eq!(num(f32::NAN), "0");
    }
}
