using System.Text;

namespace Zhicheng.E2E.Eligibility;

/// <summary>
/// A CSV file of applications as a user would prepare it for 批量审查: the template's Chinese headers, list
/// cells written as <c>本科|全日制|2010-06-30</c> and <c>2019|合格;2020|合格</c>. Every row starts as an
/// eligible 工程系列电气工程 promotion from 中级 to 副高级 in 2024; a test changes the cells its case needs.
/// </summary>
public sealed class ApplicationsCsv
{
    private static readonly (string Header, string Cell)[] EligiblePromotion =
    [
        ("编号", ""), ("申报年度", "2024"), ("材料截止日", "2024-09-30"), ("申报类型", "晋升"),
        ("申报系列", "工程"), ("申报专业", "电气工程"), ("申报级别", "副高级"),
        ("身份证号", ""), ("姓名", ""), ("在职在岗", "是"), ("单位性质", "国有企业"), ("报送渠道", "用人单位"),
        ("参加工作时间", "2010-07-01"), ("现岗位系列", "工程"), ("现岗位专业", "电气工程"), ("现岗位起始日", "2010-07-01"),
        ("现职称系列", "工程"), ("现职称专业", "电气工程"), ("现职称级别", "中级"), ("现级别取得时间", "2018-06-30"),
        ("学历", "本科|全日制|2010-06-30"),
        ("业绩成果", "运城220kV变电站继电保护改造|2021-12-15; 配电自动化终端运维规程（主持编写）|2023-08-01"),
        ("年度考核", "2019|合格;2020|合格;2021|合格;2022|合格;2023|合格"),
    ];

    private readonly List<string[]> _rows = [];

    /// <summary>Adds a row: the eligible promotion with this id, name and identity number, then <paramref name="changes"/>.</summary>
    public ApplicationsCsv Row(string id, string name, string idNumber, params (string Header, string Cell)[] changes)
    {
        var cells = EligiblePromotion.Select(c => c.Cell).ToArray();
        Set(cells, "编号", id);
        Set(cells, "姓名", name);
        Set(cells, "身份证号", idNumber);
        foreach (var (header, cell) in changes)
        {
            Set(cells, header, cell);
        }
        _rows.Add(cells);
        return this;
    }

    /// <summary>Writes the file in UTF-8 with a byte-order mark, as Excel saves "CSV UTF-8".</summary>
    public FileInfo WriteTo(DirectoryInfo directory, string fileName)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', EligiblePromotion.Select(c => Quote(c.Header))).Append("\r\n");
        foreach (var row in _rows)
        {
            text.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }
        var file = new FileInfo(Path.Combine(directory.FullName, fileName));
        File.WriteAllText(file.FullName, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        return file;
    }

    private static void Set(string[] cells, string header, string cell)
    {
        var index = Array.FindIndex(EligiblePromotion, c => c.Header == header);
        if (index < 0)
        {
            throw new ArgumentException($"No column “{header}” in the test CSV.", nameof(header));
        }
        cells[index] = cell;
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
