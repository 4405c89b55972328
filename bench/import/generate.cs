#:package MiniExcel
// dotnet run bench/import/generate.cs -- ROWS OUT.xlsx CREDITCODE
// A 人员 sheet of ROWS people with valid, unique GB 11643 identity numbers, all in the unit CREDITCODE.
using MiniExcelLibs;

var rows = int.Parse(args[0]);
var output = args[1];
var unit = args[2];
int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const string checks = "10X98765432";
string[] surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];
string[] given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平"];

IEnumerable<Dictionary<string, object>> People()
{
    var start = new DateOnly(1965, 1, 1);
    for (var i = 0; i < rows; i++)
    {
        var birth = start.AddDays(i % 12_000);
        var first17 = $"140802{birth:yyyyMMdd}{i / 12_000 % 1000:D3}";
        var sum = 0;
        for (var k = 0; k < 17; k++)
        {
            sum += (first17[k] - '0') * weights[k];
        }
        yield return new Dictionary<string, object>
        {
            ["身份证号"] = first17 + checks[sum % 11],
            ["姓名"] = surnames[i % 20] + given[i / 20 % 20] + given[i / 400 % 20],
            ["单位统一社会信用代码"] = unit,
            ["参加工作时间"] = birth.AddYears(22).ToString("yyyy-MM-dd"),
            ["现岗位系列"] = "工程",
            ["现岗位专业"] = "电气工程",
        };
    }
}

MiniExcel.SaveAs(output, new Dictionary<string, object> { ["人员"] = People() }, overwriteFile: true);
Console.WriteLine($"{rows} rows → {output}");
