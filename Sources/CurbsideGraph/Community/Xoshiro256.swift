/// The random stream of the community algorithms: xoshiro256** seeded through SplitMix64.
///
/// Every randomised algorithm in this folder owns one of these, built from the caller's
/// `seed`, and draws from it in a fixed order, so the same input and seed give the same
/// bytes on every platform and every run. No global generator is touched.
///
/// - Paper: D. Blackman, S. Vigna, "Scrambled linear pseudorandom number generators",
///   ACM Trans. Math. Softw. 47(4), 2021. doi:10.1145/3460772. SplitMix64 from G. Steele,
///   D. Lea, C. Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014.
///   doi:10.1145/2660193.2660195
struct SeededRandom {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64

    init(seed: UInt64) {
        // SplitMix64 spreads any seed, 0 included, over the four words of state.
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(); s1 = splitMix(); s2 = splitMix(); s3 = splitMix()
    }

    @inline(__always)
    private static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 &- k)) }

    /// The next 64 random bits.
    @inline(__always)
    mutating func next() -> UInt64 {
        let result = Self.rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = Self.rotl(s3, 45)
        return result
    }

    /// A uniform integer in `0 ..< bound` (Lemire's multiply-and-reject, unbiased).
    @inline(__always)
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0)
        let b = UInt64(bound)
        var m = next().multipliedFullWidth(by: b)
        if m.low < b {
            let threshold = (0 &- b) % b
            while m.low < threshold { m = next().multipliedFullWidth(by: b) }
        }
        return Int(m.high)
    }

    /// A uniform double in `[0, 1)` with 53 random bits.
    @inline(__always)
    mutating func unit() -> Double { Double(next() >> 11) * 0x1p-53 }

    /// Fisher–Yates shuffle of `buffer` in place.
    mutating func shuffle(_ buffer: UnsafeMutableBufferPointer<UInt32>) {
        var i = buffer.count
        while i > 1 {
            let j = below(i)
            i -= 1
            buffer.swapAt(i, j)
        }
    }
}
