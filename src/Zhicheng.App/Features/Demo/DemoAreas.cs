namespace Zhicheng.App.Features.Demo;

/// <summary>
/// An area of the demo city: the city itself or one of its 13 county-level divisions, with its GB/T 2260 code,
/// the code it had before 运城 became a prefecture-level city in 2000 (which older identity numbers still
/// carry), and two of its towns.
/// </summary>
internal sealed record DemoArea(string Name, string Division, string OldDivision, string[] Towns);

/// <summary>运城市 and its counties; industry competent departments by industry.</summary>
internal static class DemoAreas
{
    public static readonly DemoArea City = new("运城市", "140800", "142701", []);

    public static readonly DemoArea[] Counties =
    [
        new("盐湖区", "140802", "142701", ["解州镇", "龙居镇"]),
        new("临猗县", "140821", "142723", ["临晋镇", "嵋阳镇"]),
        new("万荣县", "140822", "142724", ["解店镇", "荣河镇"]),
        new("闻喜县", "140823", "142725", ["东镇镇", "礼元镇"]),
        new("稷山县", "140824", "142726", ["翟店镇", "化峪镇"]),
        new("新绛县", "140825", "142727", ["泽掌镇", "北张镇"]),
        new("绛县", "140826", "142728", ["古绛镇", "横水镇"]),
        new("垣曲县", "140827", "142729", ["新城镇", "历山镇"]),
        new("夏县", "140828", "142730", ["瑶峰镇", "水头镇"]),
        new("平陆县", "140829", "142731", ["圣人涧镇", "张店镇"]),
        new("芮城县", "140830", "142732", ["古魏镇", "风陵渡镇"]),
        new("永济市", "140881", "142702", ["蒲州镇", "虞乡镇"]),
        new("河津市", "140882", "142703", ["僧楼镇", "樊村镇"]),
    ];

    /// <summary>Birthplaces outside the city for people who moved here: 太原小店, 临汾尧都, 晋城城区, 渭南临渭, 洛阳西工.</summary>
    public static readonly string[] Elsewhere = ["140105", "141002", "140502", "610502", "410303"];
}

/// <summary>The industry competent departments (行业主管部门): about ten of the city's, a few of the counties'.</summary>
internal static class DemoDepartments
{
    public const string Health = "卫生健康";
    public const string Education = "教育";
    public const string Industry = "工业和信息化";
    public const string Agriculture = "农业农村";
    public const string Housing = "住房和城乡建设";
    public const string Transport = "交通运输";
    public const string Water = "水利";
    public const string Culture = "文化和旅游";
    public const string NaturalResources = "自然资源";
    public const string Science = "科学技术";

    public static readonly string[] CityIndustries =
        [Health, Education, Industry, Agriculture, Housing, Transport, Water, Culture, NaturalResources, Science];

    public static readonly (string Area, string Industry)[] CountyIndustries =
        [("盐湖区", Education), ("盐湖区", Health), ("永济市", Health), ("永济市", Education), ("河津市", Education), ("临猗县", Agriculture)];

    /// <summary>运城市卫生健康委员会, 运城市教育局, 盐湖区教育局, 永济市卫生健康局 …</summary>
    public static string NameOf(DemoArea area, string industry) =>
        area == DemoAreas.City && industry == Health ? "运城市卫生健康委员会" : $"{area.Name}{industry}局";
}
