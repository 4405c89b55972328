namespace Zhicheng.App.Features.Demo;

/// <summary>An employer of the demo city: its name, what kind of unit it is, and how many people it holds relative to others.</summary>
internal sealed record DemoEmployer(string Name, DemoProfile Profile, int Weight);

/// <summary>The demo city's employers: the city's own, the same set in every county, and private companies named at random.</summary>
internal static class DemoEmployers
{
    private static readonly (DemoProfile Profile, string[] Suffixes)[] Companies =
    [
        (DemoProfiles.ElectricalCompany, ["电力工程有限公司", "电力安装工程有限公司", "新能源科技有限公司"]),
        (DemoProfiles.BuildingCompany, ["建筑工程有限公司", "建设集团有限公司", "路桥工程有限公司", "市政工程有限公司"]),
        (DemoProfiles.Factory, ["化工有限公司", "机械制造有限公司", "铝业有限公司", "食品有限公司", "镁业有限公司"]),
        (DemoProfiles.SoftwareCompany, ["信息技术有限公司", "网络科技有限公司"]),
        (DemoProfiles.FarmCompany, ["农业科技开发有限公司", "果业有限公司"]),
        (DemoProfiles.AccountingFirm, ["会计师事务所有限公司", "财务咨询有限公司"]),
    ];

    public static readonly DemoEmployer[] OfCity =
    [
        new("运城市中心医院", DemoProfiles.Hospital, 320),
        new("运城市第一医院", DemoProfiles.Hospital, 240),
        new("运城市第三医院", DemoProfiles.Hospital, 120),
        new("运城市中医医院", DemoProfiles.TcmHospital, 160),
        new("运城市妇幼保健院", DemoProfiles.Hospital, 110),
        new("运城市疾病预防控制中心", DemoProfiles.DiseaseControl, 60),
        new("运城市急救中心", DemoProfiles.Clinic, 30),
        new("运城市康杰中学", DemoProfiles.School, 150),
        new("运城市实验中学", DemoProfiles.School, 110),
        new("运城市第二中学", DemoProfiles.School, 90),
        new("运城市人民路学校", DemoProfiles.School, 70),
        new("运城市特殊教育学校", DemoProfiles.School, 30),
        new("运城市农业科学研究院", DemoProfiles.ResearchInstitute, 50),
        new("运城市农业技术推广中心", DemoProfiles.AgricultureCentre, 40),
        new("运城市果业发展中心", DemoProfiles.AgricultureCentre, 30),
        new("运城市水利勘测设计院", DemoProfiles.WaterInstitute, 40),
        new("运城市水文水资源勘测分站", DemoProfiles.WaterInstitute, 20),
        new("运城市建筑设计研究院", DemoProfiles.DesignInstitute, 50),
        new("运城市建设工程质量检测中心", DemoProfiles.DesignInstitute, 30),
        new("运城市公路事业发展中心", DemoProfiles.HighwayCentre, 60),
        new("运城市自然资源调查规划院", DemoProfiles.SurveyInstitute, 35),
        new("运城市工业和信息化发展服务中心", DemoProfiles.IndustryCentre, 20),
        new("运城市群众艺术馆", DemoProfiles.CultureCentre, 25),
        new("运城市图书馆", DemoProfiles.LibraryUnit, 25),
        new("运城博物馆", DemoProfiles.MuseumUnit, 30),
        new("运城市蒲剧艺术研究院", DemoProfiles.OperaTroupe, 60),
        new("国网山西省电力公司运城供电公司", DemoProfiles.PowerGrid, 220),
        new("运城市城市建设投资开发有限公司", DemoProfiles.CityInvestment, 60),
        new("运城市交通投资集团有限公司", DemoProfiles.TransportGroup, 50),
        new("运城市水务集团有限公司", DemoProfiles.WaterGroup, 50),
        new("运城市公共交通有限公司", DemoProfiles.TransportGroup, 30),
        new("运城市农业发展集团有限公司", DemoProfiles.AgricultureGroup, 30),
        new("运城市热力有限公司", DemoProfiles.CityInvestment, 25),
        new("运城市财政局", DemoProfiles.Finance, 15),
        new("运城市统计局", DemoProfiles.StatisticsOffice, 12),
        new("运城市审计局", DemoProfiles.Finance, 10),
    ];

    public static IEnumerable<DemoEmployer> OfCounty(DemoArea area) =>
    [
        new($"{area.Name}人民医院", DemoProfiles.Hospital, 130),
        new($"{area.Name}中医医院", DemoProfiles.TcmHospital, 55),
        new($"{area.Name}{area.Towns[0]}卫生院", DemoProfiles.Clinic, 14),
        new($"{area.Name}{area.Towns[1]}卫生院", DemoProfiles.Clinic, 12),
        new($"{area.Name}第一中学", DemoProfiles.School, 110),
        new($"{area.Name}第二中学", DemoProfiles.School, 60),
        new($"{area.Name}实验小学", DemoProfiles.School, 45),
        new($"{area.Name}农业农村发展中心", DemoProfiles.AgricultureCentre, 18),
        new($"{area.Name}城市建设投资有限公司", DemoProfiles.CityInvestment, 15),
        new($"{area.Name}财政局", DemoProfiles.Finance, 8),
    ];

    /// <summary>
    /// <paramref name="count"/> private companies of the area with names not used before (山西鑫源电力工程有限公司,
    /// 临猗县恒通果业有限公司 …); in the city also a private hospital and a private school.
    /// </summary>
    public static IEnumerable<DemoEmployer> Private(DemoArea area, int count, Random random, ISet<string> taken)
    {
        var city = area == DemoAreas.City;
        if (city)
        {
            yield return new(Unique(taken, random, t => $"运城{t}医院"), DemoProfiles.PrivateHospital, 60);
            yield return new(Unique(taken, random, t => $"运城市{t}学校"), DemoProfiles.PrivateSchool, 50);
        }
        for (var i = 0; i < count; i++)
        {
            var (profile, suffixes) = Companies[random.Next(Companies.Length)];
            var suffix = suffixes[random.Next(suffixes.Length)];
            var prefix = random.Next(2) == 0 ? "山西" : city ? "运城市" : area.Name;
            yield return new(Unique(taken, random, t => $"{prefix}{t}{suffix}"), profile, random.Next(8, 36));
        }
    }

    private static string Unique(ISet<string> taken, Random random, Func<string, string> name)
    {
        while (true)
        {
            var candidate = name(DemoNames.TradeNames[random.Next(DemoNames.TradeNames.Length)]);
            if (taken.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
