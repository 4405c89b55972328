namespace Zhicheng.Domain.Calendar;

/// <summary>The holiday data text is malformed; the message names the line, in Chinese and English.</summary>
public sealed class HolidayDataException : FormatException
{
    public HolidayDataException(int lineNumber, string chinese, string english, string? lineText = null)
        : base(lineNumber > 0
            ? $"节假日数据第{lineNumber}行：{chinese}。Holiday data line {lineNumber}: {english}.{(lineText is null ? "" : $" “{lineText.Trim()}”")}"
            : $"节假日数据：{chinese}。Holiday data: {english}.")
    {
        LineNumber = lineNumber;
    }

    /// <summary>1-based line of the offending text; 0 when the fault is in the text as a whole.</summary>
    public int LineNumber { get; }
}
