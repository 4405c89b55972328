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

    public IReadOnlyList<string> ToList()
    {
        var list = new List<string>(6);
        for (var n = 1; n <= 9; n++)
        {
            if ((Bits & (1 << n)) != 0)
            {
                list.Add(Names[n]);
            }
        }
        return list;
    }

    private static readonly string[] Names = ["", "I-1", "I-2", "I-3", "I-4", "I-5", "I-6", "I-7", "I-8", "I-9"];

    private static int Bit(string id) => id.Length == 3 && id[0] == 'I' && id[1] == '-' && char.IsAsciiDigit(id[2]) && id[2] != '0'
        ? 1 << (id[2] - '0')
        : throw new ArgumentException($"Not an interpretation id: {id}", nameof(id));
}
