using Zhicheng.Domain.Eligibility;
using static Zhicheng.Domain.Standards.Dimension;
using static Zhicheng.Domain.Standards.EvidenceBasis;

namespace Zhicheng.Domain.Standards;

/// <summary>SAMPLE DATA for <see cref="SampleStandards"/>: plausible 工程系列 indicators and 破格 wording per level, not a published standard.</summary>
internal static class SampleIndicators
{
    private static readonly Indicator Moral = new(MoralCharacter, "政治素质与品德", 10, Performance,
        "拥护党的路线方针政策，遵纪守法，品行端正，具有良好的社会公德");

    private static readonly Indicator Ethics = new(ProfessionalEthics, "职业操守与诚信", 10, Performance,
        "爱岗敬业，诚实守信，严守工程质量与安全生产规范；申报材料真实，无弄虚作假、学术不端记录");

    public static IReadOnlyList<Indicator> For(TitleLevel level) => level switch
    {
        TitleLevel.Clerk =>
        [
            Moral, Ethics,
            new(ProfessionalAbility, "岗位操作能力", 35, Performance, "能完成本岗位一般性技术工作，正确使用常用仪器、设备和工具"),
            new(ProfessionalAbility, "专业基础", 10, Degrees, "所学专业与从事工作对口，掌握本专业基础知识"),
            new(TechnicalLevel, "工作业绩", 25, Performance, "参与完成的工程项目或技术任务的数量与质量，以单位出具的工作记录为证"),
            new(AcademicInfluence, "学习与交流", 10, Performance, "参加继续教育、岗位培训和班组技术交流"),
        ],
        TitleLevel.Assistant =>
        [
            Moral, Ethics,
            new(ProfessionalAbility, "专业技术能力", 30, Performance, "能独立承担一般性技术工作，解决本专业常见技术问题"),
            new(ProfessionalAbility, "专业基础", 5, Degrees, "系统掌握本专业基础理论和技术规范"),
            new(TechnicalLevel, "工作业绩", 30, Performance, "参与完成工程项目的设计、施工、检测或运行维护任务，质量合格"),
            new(AcademicInfluence, "技术总结与交流", 10, Performance, "撰写技术总结、工作报告，参加技术交流活动"),
            new(AcademicInfluence, "论文", 5, Papers, "发表的专业论文，可由技术总结替代"),
        ],
        TitleLevel.Intermediate =>
        [
            Moral, Ethics,
            new(ProfessionalAbility, "解决技术问题能力", 25, Performance, "能独立解决本专业较复杂的技术问题，指导助理级人员工作"),
            new(TechnicalLevel, "工程项目业绩", 25, Performance, "作为主要技术人员完成的工程项目，以验收文件、技术报告为证"),
            new(TechnicalLevel, "专利、工法与标准", 10, Performance, "参与取得的专利、工法，参与编制的标准规范"),
            new(TechnicalLevel, "科技奖项", 5, Awards, "获得的市级以上科技或工程质量奖项"),
            new(AcademicInfluence, "论文与技术报告", 10, Papers, "发表的论文或被采纳的技术报告，二者可相互替代"),
            new(AcademicInfluence, "指导与培养", 5, Performance, "指导青年技术人员、开展技术培训"),
        ],
        TitleLevel.AssociateSenior =>
        [
            Moral, Ethics,
            new(ProfessionalAbility, "解决复杂工程问题能力", 20, Performance, "能主持解决本专业复杂、关键的工程技术问题"),
            new(ProfessionalAbility, "项目技术负责", 10, Performance, "作为项目技术负责人或专业负责人的经历"),
            new(TechnicalLevel, "工程业绩与效益", 20, Performance, "主持或作为主要负责人完成的工程项目及其经济社会效益"),
            new(TechnicalLevel, "技术创新与成果转化", 10, Performance, "新技术、新工艺、新材料的研发应用与成果转化"),
            new(TechnicalLevel, "科技奖项", 5, Awards, "获得的市级以上科技进步奖或省级以上工程质量奖"),
            new(AcademicInfluence, "论文著作", 10, Papers, "发表的论文、出版的著作，可由技术报告、标准规范替代"),
            new(AcademicInfluence, "人才培养", 5, Performance, "培养中级以下技术人员、承担技术讲座"),
        ],
        TitleLevel.Senior =>
        [
            Moral, Ethics,
            new(ProfessionalAbility, "引领技术发展能力", 20, Performance, "在本专业领域具有系统的创新成果，能把握技术发展方向"),
            new(TechnicalLevel, "重大工程业绩", 20, Performance, "主持完成的重大工程项目或关键技术攻关及其效益"),
            new(TechnicalLevel, "技术创新与标准制定", 10, Performance, "主持取得的发明专利、主持制定的国家或行业标准"),
            new(TechnicalLevel, "科技奖项", 10, Awards, "获得的省部级以上科技奖项"),
            new(AcademicInfluence, "论文著作", 10, Papers, "发表的高水平论文、出版的专著，可由重大技术报告替代"),
            new(AcademicInfluence, "行业影响与人才培养", 10, Performance, "在行业内的技术影响力，培养副高级以下技术骨干"),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The 破格 conditions in words; the numbers match the level's exceptional requirements.</summary>
    public static string? ExceptionalConditions(TitleLevel level) => level switch
    {
        TitleLevel.Assistant => "任员级职称满1年，近三年年度考核至少一次优秀，且作为主要完成人取得2项以上业绩成果（技术革新、工艺改进等）。",
        TitleLevel.Intermediate => "任助理级职称满2年，近三年年度考核至少一次优秀，且取得3项以上业绩成果，其中至少1项为：获市级以上科技奖项、取得发明专利，或主持完成的技术项目通过市级以上验收。",
        TitleLevel.AssociateSenior => "任中级职称满3年，近三年年度考核至少一次优秀，且取得4项以上业绩成果，其中至少1项为：获省级以上科技奖项、主持制定行业或地方标准，或主持完成的工程项目获省级以上工程质量奖。",
        TitleLevel.Senior => "任副高级职称满3年，近三年年度考核至少一次优秀，且取得5项以上业绩成果，其中至少1项为：获省部级科技奖一等奖以上、主持制定国家或行业标准，或主持完成国家级重大工程项目。",
        _ => null,
    };
}
