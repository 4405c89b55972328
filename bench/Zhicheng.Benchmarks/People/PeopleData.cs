using System.Globalization;
using Zhicheng.Domain.Identity;

namespace Zhicheng.Benchmarks.People;

/// <summary>One organisation row as stored (<c>organisations</c>).</summary>
public sealed record OrgRow(int Id, string Kind, string Name, int? ParentId, string Path, string? CreditCode, string? DivisionCode, string? EmploymentType)
{
    /// <summary>The county bureau this organisation lies under (itself for a county bureau), or 0 for the city's own.</summary>
    public int County { get; init; }

    /// <summary>An employer's kind (index into the generator's kinds); -1 for a bureau.</summary>
    public int KindIndex { get; init; } = -1;
}

/// <summary>One person row as stored (<c>people</c>); enumerations as the names EF Core writes.</summary>
public sealed record PersonRow(
    int Id, string IdNumber, string Name, string Sex, DateOnly BirthDate, string? Phone, int UnitId, string? EmploymentType,
    bool InService, DateOnly? WorkStartDate, string? PostSeries, string? PostSpecialty, DateOnly? PostSince)
{
    /// <summary>The surname and the first given-name character (王建 of 王建国).</summary>
    public string Prefix2 => Name[..2];
}

/// <summary>One title row as stored (<c>titles</c>).</summary>
public sealed record TitleRow(
    int Id, int PersonId, string Series, string Specialty, string Level, DateOnly ObtainedOn, string Source, string? CertificateNumber,
    string? GrantedBy, DateOnly? RevokedOn)
{
    /// <summary>文号 of the confirmation; people-db leaves it empty, certificates-db sets it.</summary>
    public string? DocumentNumber { get; init; }
}

/// <summary>
/// A city of people for the people-search benchmark, deterministic for a seed: 运城市's bureau, its 13 county
/// bureaus, about 2,000 employers (a fifth of them city-level, the rest spread over the counties by size), and
/// N people with unique, valid GB 11643 identity numbers and Chinese names drawn from common surnames and
/// given-name characters with a long-tailed frequency, so that a two-character prefix (王建) matches a few
/// thousand people in a million and a rare full name a handful. About half hold titles (one to four levels).
/// </summary>
public sealed class PeopleData
{
    /// <summary>运城市 and its 13 county-level divisions: name, GB/T 2260 code, the older code many identity numbers still carry, share of people.</summary>
    private static readonly (string Name, string Division, string OldDivision, double Share)[] Counties =
    [
        ("盐湖区", "140802", "142701", 0.22), ("临猗县", "140821", "142723", 0.10), ("万荣县", "140822", "142724", 0.06),
        ("闻喜县", "140823", "142725", 0.07), ("稷山县", "140824", "142726", 0.06), ("新绛县", "140825", "142727", 0.06),
        ("绛县", "140826", "142728", 0.04), ("垣曲县", "140827", "142729", 0.04), ("夏县", "140828", "142730", 0.06),
        ("平陆县", "140829", "142731", 0.04), ("芮城县", "140830", "142732", 0.06), ("永济市", "140881", "142702", 0.08),
        ("河津市", "140882", "142703", 0.07),
    ];

    /// <summary>Birthplaces elsewhere: 太原小店, 临汾尧都, 晋城城区, 渭南临渭, 洛阳西工, 西安雁塔, 郑州金水, 北京海淀.</summary>
    private static readonly string[] Elsewhere = ["140105", "141002", "140502", "610502", "410303", "610113", "410105", "110108"];

    /// <summary>Surnames with rough frequencies per thousand (national figures, nudged towards 山西: 郭, 贾, 薛, 闫, 畅, 裴, 卫, 柴).</summary>
    private static readonly (char Surname, double Weight)[] Surnames = Parse(
        "王71 李70 张68 刘54 陈45 杨31 赵23 黄18 周17 吴17 徐13 孙15 胡12 朱11 高14 林8 何10 郭20 马12 罗8 梁11 宋8 郑7 谢6 韩8 " +
        "唐6 冯8 于6 董7 肖5 程6 曹6 袁5 邓4 许6 傅3 沈3 曾3 彭4 吕5 苏4 卢4 蒋3 蔡3 贾9 丁4 魏5 薛9 叶3 闫8 余3 潘3 杜5 戴2 " +
        "夏3 钟2 汪2 田5 任6 姜3 范4 方2 石4 姚4 谭2 廖1 邹2 熊2 金2 陆2 郝5 孔2 白4 崔4 康3 毛2 邱2 秦3 江2 史4 顾2 侯4 邵2 孟3 " +
        "龙1 万2 段4 雷2 钱2 汤2 尹2 黎1 易1 常4 武6 乔4 贺3 赖1 龚1 文1 畅3 裴3 卫3 柴3 景2 席2 解2 原1 樊3 靳2 牛2 宁2 吉1 尚2 " +
        "关2 申2 温3 翟2 荆1 上1 党2 苗2 杭1");

    /// <summary>Given-name characters, most common first (drawn with a Zipf-like weight by rank).</summary>
    private const string MaleCharacters =
        "建国伟军明华平强志刚勇斌磊涛鹏超杰峰辉波亮宏文海东俊浩宇鑫凯晓林晨博振永春成龙飞彬毅兵锋荣庆德红卫新中光兴利清云金胜旭阳祥福生宁玉少立忠江山保小学长家世万富贵安和泽康晋";

    private const string FemaleCharacters =
        "丽芳娟敏静艳霞燕红玲娜婷琳雪梅颖倩洁慧萍丹莉晶瑞佳欣怡璐蕾雯秀英华春晓亚莹美玉凤兰桂珍琴秋月翠彩荣淑惠文雅娇瑶晴悦梦思雨妍嘉宁";

    private static readonly string[] Trades =
    [
        "鑫源", "宏达", "恒通", "华泽", "晋禾", "河东", "中条", "黄河", "舜都", "德信", "永盛", "安泰", "瑞丰", "金桥", "天润", "嘉禾",
        "三晋", "晋南", "泓源", "鸿运", "正和", "润丰", "通达", "兴业", "建邦", "盛世", "诚信", "蓝天", "绿源", "华鑫", "宏昌", "恒瑞",
        "博远", "致远", "同创", "康泰", "聚丰", "森茂", "汇通", "利民",
    ];

    private static readonly string[] Industries = ["建设", "机械", "化工", "食品", "科技", "电力", "农业", "医药", "物流", "建材", "铝业", "能源", "纺织", "环保"];

    /// <summary>Kinds of employer: a name pattern, its employment type, its post series and specialties, and how common it is.</summary>
    private static readonly (string Pattern, string EmploymentType, string Series, string[] Specialties, double Weight)[] EmployerKinds =
    [
        ("{0}第{1}中学", "PublicInstitution", "中小学教师", ["语文", "数学", "英语", "物理", "化学", "历史"], 3),
        ("{0}第{1}小学", "PublicInstitution", "中小学教师", ["语文", "数学", "英语", "音乐", "美术"], 4),
        ("{0}{1}镇中心学校", "PublicInstitution", "中小学教师", ["语文", "数学", "英语"], 2),
        ("{0}第{1}人民医院", "PublicInstitution", "卫生", ["内科学", "外科学", "护理学", "药学", "医学检验"], 1.2),
        ("{0}中医医院（{1}院区）", "PublicInstitution", "卫生", ["中医内科学", "针灸学", "护理学", "中药学"], 0.6),
        ("{0}{1}镇卫生院", "PublicInstitution", "卫生", ["全科医学", "护理学", "药学"], 1.5),
        ("{0}农业技术推广中心（第{1}站）", "PublicInstitution", "农业", ["农学", "植物保护", "园艺", "畜牧"], 0.8),
        ("{0}水利工作站（第{1}站）", "PublicInstitution", "工程", ["水利工程", "土木建筑"], 0.5),
        ("{0}{1}{2}有限公司", "NonPublic", "工程", ["机械工程", "电气工程", "化工", "计算机", "土木建筑"], 5),
        ("山西{1}{2}集团有限公司（{0}）", "StateOwnedEnterprise", "工程", ["机械工程", "电气工程", "冶金", "安全工程"], 1.2),
        ("{0}{1}会计师事务所", "NonPublic", "会计", ["会计"], 0.6),
        ("{0}{1}{2}股份有限公司", "NonPublic", "经济", ["工商管理", "人力资源", "金融"], 1),
    ];

    private static readonly string[] LevelNames = ["Assistant", "Intermediate", "AssociateSenior", "Senior"];

    private static readonly string[] LevelLabels = ["初级", "中级", "副高级", "正高级"];

    public const int CountyCount = 13;

    public List<OrgRow> Organisations { get; } = [];

    public List<PersonRow> People { get; } = [];

    public List<TitleRow> Titles { get; } = [];

    public static IReadOnlyList<string> CountyNames => [.. Counties.Select(c => c.Name)];

    /// <summary>Builds the city: organisations first (ids from 1), then <paramref name="count"/> people (ids from 1), then titles.</summary>
    public static PeopleData Generate(int count, int employers, int seed)
    {
        var random = new Random(seed);
        var data = new PeopleData();
        data.BuildOrganisations(random, employers);
        data.BuildPeople(random, count);
        return data;
    }

    private void BuildOrganisations(Random random, int employers)
    {
        var credit = new HashSet<string>(StringComparer.Ordinal);
        Organisations.Add(new OrgRow(1, "CityBureau", "运城市人力资源和社会保障局", null, "/", Credit(random, credit, "140800", '1', '1'), "140800", null));
        for (var i = 0; i < Counties.Length; i++)
        {
            var c = Counties[i];
            Organisations.Add(new OrgRow(2 + i, "CountyBureau", c.Name + "人力资源和社会保障局", 1, "/1/", Credit(random, credit, c.Division, '1', '1'), c.Division, null)
            {
                County = 2 + i,
            });
        }
        var names = new HashSet<string>(StringComparer.Ordinal);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var e = 0; e < employers; e++)
        {
            // A fifth city-level (市直), the rest in the counties by their share of people.
            var county = random.NextDouble() < 0.2 ? 0 : 2 + Pick(random, Counties.Select(c => c.Share).ToArray());
            var area = county == 0 ? "运城市" : Counties[county - 2].Name;
            var division = county == 0 ? "140800" : Counties[county - 2].Division;
            var kindIndex = Pick(random, [.. EmployerKinds.Select(k => k.Weight)]);
            var kind = EmployerKinds[kindIndex];
            var company = kind.EmploymentType != "PublicInstitution";
            var town = kind.Pattern.Contains('镇', StringComparison.Ordinal);
            string name;
            var attempt = 0;
            do
            {
                var key = area + kind.Pattern;
                numbers[key] = numbers.GetValueOrDefault(key) + 1;
                var first = company || town ? Trades[random.Next(Trades.Length)] + (attempt > 20 ? Chinese(attempt) : "") : Chinese(numbers[key]);
                name = string.Format(CultureInfo.InvariantCulture, kind.Pattern, area, first, Industries[random.Next(Industries.Length)]);
                attempt++;
            }
            while (!names.Add(name));
            var id = Organisations.Count + 1;
            var path = county == 0 ? "/1/" : $"/1/{county}/";
            var enterprise = kind.EmploymentType != "PublicInstitution";
            Organisations.Add(new OrgRow(id, "Employer", name, county == 0 ? 1 : county, path,
                Credit(random, credit, division, enterprise ? '9' : '1', enterprise ? '1' : '2'), null, kind.EmploymentType)
            {
                County = county,
                KindIndex = kindIndex,
            });
        }
    }

    private void BuildPeople(Random random, int count)
    {
        var employers = Organisations.Where(o => o.Kind == "Employer").ToArray();
        // Employer sizes: log-normal, so a few hospitals and big schools hold hundreds and most units tens.
        var sizes = employers.Select(_ => Math.Exp(Normal(random) * 1.0)).ToArray();
        var cumulative = Cumulative(sizes);
        var bureaus = Organisations.Where(o => o.Kind != "Employer").ToArray();
        var surnameCumulative = Cumulative([.. Surnames.Select(s => s.Weight)]);
        var maleCumulative = Cumulative([.. Enumerable.Range(0, MaleCharacters.Length).Select(r => 1 / Math.Pow(r + 1, 0.9))]);
        var femaleCumulative = Cumulative([.. Enumerable.Range(0, FemaleCharacters.Length).Select(r => 1 / Math.Pow(r + 1, 0.9))]);
        var seen = new HashSet<long>(count);
        Span<char> first17 = stackalloc char[17];
        for (var id = 1; id <= count; id++)
        {
            // 2% are held by a bureau (flexible workers and freelancers whose applications the bureau forwards).
            OrgRow unit;
            string? employmentType = null;
            if (random.NextDouble() < 0.02)
            {
                unit = bureaus[random.Next(bureaus.Length)];
                employmentType = random.Next(3) switch { 0 => "Flexible", 1 => "Freelancer", _ => "IndividualBusiness" };
            }
            else
            {
                unit = employers[Search(cumulative, random.NextDouble())];
            }
            var kind = EmployerKinds[unit.KindIndex < 0 ? 8 : unit.KindIndex];
            var male = random.Next(2) == 0;
            var name = Name(random, male, surnameCumulative, maleCumulative, femaleCumulative);

            // Identity number: address code (mostly the county's old or new code), birth date, sequence (odd for men), check.
            var county = unit.County == 0 ? 2 + random.Next(Counties.Length) : unit.County;
            var roll = random.NextDouble();
            var address = roll < 0.65 ? Counties[county - 2].OldDivision : roll < 0.82 ? Counties[county - 2].Division : Elsewhere[random.Next(Elsewhere.Length)];
            var birth = new DateOnly(1962, 1, 1).AddDays(random.Next(41 * 365));
            long key;
            string number;
            do
            {
                var sequence = random.Next(500) * 2 + (male ? 1 : 0);
                var text = string.Create(CultureInfo.InvariantCulture, $"{address}{birth:yyyyMMdd}{sequence:000}");
                text.AsSpan().CopyTo(first17);
                key = long.Parse(text, CultureInfo.InvariantCulture);
                number = text + IdentityNumber.CheckCharacterFor(first17);
            }
            while (!seen.Add(key));

            var workStart = new DateOnly(Math.Min(birth.Year + 21 + random.Next(5), 2025), 7, 1);
            var specialty = kind.Specialties[random.Next(kind.Specialties.Length)];
            var phone = string.Create(CultureInfo.InvariantCulture, $"1{3 + random.Next(7)}{random.Next(100_000_000, 1_000_000_000)}");
            People.Add(new PersonRow(id, number, name, male ? "Male" : "Female", birth, phone, unit.Id, employmentType,
                random.NextDouble() > 0.03, workStart, kind.Series, specialty, workStart.AddYears(random.Next(3))));

            if (random.NextDouble() < 0.5)
            {
                AddTitles(random, id, kind.Series, specialty, workStart);
            }
        }
    }

    private void AddTitles(Random random, int personId, string series, string specialty, DateOnly workStart)
    {
        // Assistant a year after starting work, then a level every 5–7 years while the career allows; 60% stop at one.
        var levels = random.NextDouble() switch { < 0.45 => 1, < 0.80 => 2, < 0.95 => 3, _ => 4 };
        var obtained = workStart.AddYears(1).AddDays(random.Next(200));
        for (var level = 0; level < levels && obtained.Year <= 2025; level++)
        {
            var revoked = random.NextDouble() < 0.003 ? obtained.AddYears(2) : (DateOnly?)null;
            Titles.Add(new TitleRow(Titles.Count + 1, personId, series, specialty, LevelNames[level], obtained,
                level == 0 ? "InitialDetermination" : "Evaluation",
                string.Create(CultureInfo.InvariantCulture, $"{obtained.Year}{random.Next(1_000_000):000000}"),
                $"运城市{series}系列{LevelLabels[level]}职称评审委员会", revoked));
            obtained = obtained.AddYears(5 + random.Next(3)).AddDays(random.Next(120));
        }
    }

    private static string Name(Random random, bool male, double[] surnames, double[] maleChars, double[] femaleChars)
    {
        var surname = Surnames[Search(surnames, random.NextDouble())].Surname;
        var pool = male ? MaleCharacters : FemaleCharacters;
        var weights = male ? maleChars : femaleChars;
        var first = pool[Search(weights, random.NextDouble())];
        if (random.Next(5) == 0)
        {
            return string.Concat(surname.ToString(), first.ToString());
        }
        var second = pool[Search(weights, random.NextDouble())];
        return string.Concat(surname.ToString(), first.ToString(), second.ToString());
    }

    /// <summary>A valid 统一社会信用代码: authority, category, division, a GB 11714 organisation code with its check, and the GB 32100 check.</summary>
    private static string Credit(Random random, HashSet<string> used, string division, char authority, char category)
    {
        string code;
        Span<char> org = stackalloc char[9];
        ReadOnlySpan<int> weights = [3, 7, 9, 10, 5, 8, 4, 2];
        do
        {
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                var value = random.Next(10);
                org[i] = (char)('0' + value);
                sum += value * weights[i];
            }
            var check = 11 - sum % 11;
            org[8] = check == 10 ? 'X' : check == 11 ? '0' : (char)('0' + check);
            var first17 = string.Concat([authority, category], division, org);
            code = first17 + CreditCode.CheckCharacterFor(first17);
        }
        while (!used.Add(code));
        return code;
    }

    private static string Chinese(int n) => n switch
    {
        <= 10 => "一二三四五六七八九十"[n - 1].ToString(),
        < 20 => "十" + "一二三四五六七八九"[n - 11],
        < 100 => "一二三四五六七八九"[n / 10 - 1] + "十" + (n % 10 == 0 ? "" : "一二三四五六七八九"[n % 10 - 1].ToString()),
        _ => n.ToString(CultureInfo.InvariantCulture),
    };

    private static (char, double)[] Parse(string table) =>
        [.. table.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => (t[0], double.Parse(t[1..], CultureInfo.InvariantCulture)))];

    private static int Pick(Random random, double[] weights) => Search(Cumulative(weights), random.NextDouble());

    /// <summary>Cumulative shares, the last exactly 1.</summary>
    private static double[] Cumulative(double[] weights)
    {
        var total = weights.Sum();
        var result = new double[weights.Length];
        var running = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            running += weights[i];
            result[i] = running / total;
        }
        result[^1] = 1;
        return result;
    }

    private static int Search(double[] cumulative, double u)
    {
        var index = Array.BinarySearch(cumulative, u);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
