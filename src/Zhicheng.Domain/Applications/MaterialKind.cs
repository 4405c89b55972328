namespace Zhicheng.Domain.Applications;

/// <summary>申报材料类别 — what a material shows.</summary>
public enum MaterialKind
{
    /// <summary>学历（学位）证书.</summary>
    Education = 1,
    /// <summary>现职称证书.</summary>
    Title = 2,
    /// <summary>年度考核材料.</summary>
    Assessment = 3,
    /// <summary>业绩成果材料.</summary>
    Achievement = 4,
    /// <summary>聘任（岗位）证明.</summary>
    Post = 5,
    /// <summary>其他材料.</summary>
    Other = 9,
}

public static class MaterialKinds
{
    public static string Label(MaterialKind kind) => kind switch
    {
        MaterialKind.Education => "学历证书",
        MaterialKind.Title => "现职称证书",
        MaterialKind.Assessment => "年度考核",
        MaterialKind.Achievement => "业绩成果",
        MaterialKind.Post => "聘任证明",
        _ => "其他材料",
    };
}
