/// SplitMix64, a small, fast, seedable pseudo-random generator (Steele, Lea, Flood 2014).
///
/// Sampling algorithms in CurbsideGraph take a `seed: UInt64` and draw from this
/// generator only, never from the system generator, so a seed fixes the output. Integer
/// and real draws are implemented here (not by the standard library's
/// `RandomNumberGenerator` helpers, whose algorithms may change between Swift releases).
///
/// ```swift
/// var rng = SplitMix64(seed: 42)
/// let die = rng.uniform(6) + 1
/// ```
///
/// - Paper: G. L. Steele Jr., D. Lea, C. H. Flood, "Fast splittable pseudorandom number
///   generators", OOPSLA 2014. doi:10.1145/2660193.2660195
public struct SplitMix64: RandomNumberGenerator, Sendable {
    /// The generator's whole state.
    public var state: UInt64

    /// A generator whose stream is fixed by `seed`.
    public init(seed: UInt64) { state = seed }

    /// The next 64 random bits.
    @inlinable public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// Stream `index` of the family keyed by `seed`: independent generators for parallel
    /// work (one per simulation, per RR set), so results depend on the seed, never on threads.
    @inlinable public static func stream(seed: UInt64, index: UInt64) -> SplitMix64 {
        SplitMix64(seed: mix(seed ^ mix(index &+ 0x6A09_E667_F3BC_C909)))
    }

    /// SplitMix64's output mixer (Stafford variant 13): a bijective 64-bit hash.
    @inlinable public static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform `Double` in [0, 1) (same as ``unitInterval()``).
    @inlinable public mutating func nextUnit() -> Double { unitInterval() }

    /// An integer in `0 ..< bound` by multiply-high without rejection: bias below
    /// `bound / 2⁶⁴`, negligible for graph sizes, and one multiplication per draw. Use
    /// ``uniform(_:)`` when exact uniformity matters.
    @inlinable public mutating func next(below bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A uniform integer in `0 ..< bound` without modulo bias (Lemire's multiply-and-reject,
    /// doi:10.1145/3230636).
    ///
    /// - Precondition: `bound > 0`.
    @inlinable public mutating func uniform(_ bound: UInt64) -> UInt64 {
        precondition(bound > 0, "bound must be positive")
        var product = next().multipliedFullWidth(by: bound)
        if product.low < bound {
            let threshold = (0 &- bound) % bound
            while product.low < threshold { product = next().multipliedFullWidth(by: bound) }
        }
        return product.high
    }

    /// A uniform real in `[0, 1)` with 53 random bits.
    @inlinable public mutating func unitInterval() -> Double {
        Double(next() >> 11) * 0x1p-53
    }
}
