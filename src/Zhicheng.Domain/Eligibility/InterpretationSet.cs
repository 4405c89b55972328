namespace Zhicheng.Domain.Eligibility;

/// <summary>A small set of interpretation ids (I-1 … I-9) kept as bits, listed in order.</summary>
internal readonly record struct InterpretationSet(int Bits)
{
    public static InterpretationSet Of(string id) => new(Bit(id));

    public InterpretationSet With(IReadOnlyList<string> ids)
    {
        var bits = Bits;
        for (var i = 0; i < ids.Count; i++)
        {
            bits |= Bit(ids[i]);
        }
        return new InterpretationSet(bits);
    }

    /// <summary>The ids in order; the same list object for the same set (at most 2^9 of them).</summary>
    public IReadOnlyList<string> ToList() => Lists[Bits >> 1] ??= Build(Bits);

    private static readonly IReadOnlyList<string>?[] Lists = new IReadOnlyList<string>?[1 << 9];

    private static string[] Build(int bits)
    {
        var list = new List<string>(6);
        for (var n = 1; n <= 9; n++)
        {
            if ((bits & (1 << n)) != 0)
            {
                list.Add(Names[n]);
            }
        }
        return [.. list];
    }

    private static readonly string[] Names = ["", "I-1", "I-2", "I-3", "I-4", "I-5", "I-6", "I-7", "I-8", "I-9"];

    private static int Bit(string id) => id.Length == 3 && id[0] == 'I' && id[1] == '-' && char.IsAsciiDigit(id[2]) && id[2] != '0'
        ? 1 << (id[2] - '0')
        : throw new ArgumentException($"Not an interpretation id: {id}", nameof(id));
}
