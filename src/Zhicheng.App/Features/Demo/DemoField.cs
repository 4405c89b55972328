namespace Zhicheng.App.Features.Demo;

/// <summary>
/// A line of work in the demo city: the title series and specialties it leads to, what people study for it
/// and where, how many women do it, and what its people achieve. <see cref="DegreeWeights"/> are the odds of
/// 中专, 大专, 本科, 硕士, 博士 as the highest degree. Achievement templates may use {专业} and {地}.
/// </summary>
internal sealed record DemoField(
    string Series,
    string[] Specialties,
    string[] Majors,
    string[] Schools,
    int[] DegreeWeights,
    double FemaleShare,
    string[] Achievements)
{
    /// <summary>The major studied for a specialty: the parallel entry when the lists pair up, otherwise any.</summary>
    public string MajorFor(int specialty, Random random) =>
        Majors.Length == Specialties.Length ? Majors[specialty] : Majors[random.Next(Majors.Length)];
}

/// <summary>The lines of work the demo city's units employ people in.</summary>
internal static class DemoFields
{
    private static readonly string[] MedicalSchools = ["山西医科大学", "长治医学院", "山西医科大学汾阳学院", "西安交通大学", "河南科技大学"];
    private static readonly string[] EngineeringSchools = ["太原理工大学", "中北大学", "山西大学", "太原科技大学", "河南理工大学", "运城学院"];
    private static readonly string[] BusinessSchools = ["山西财经大学", "运城学院", "山西大学", "西安财经大学", "山西省财政税务专科学校"];

    public static readonly DemoField Clinical = new("卫生",
        ["内科学", "外科学", "妇产科学", "儿科学", "麻醉学", "全科医学", "急诊医学", "眼科学"], ["临床医学"], MedicalSchools,
        [0, 8, 62, 27, 3], 0.45,
        ["《{专业}常见病诊治体会》（第一作者，《山西医药杂志》）", "《{专业}临床路径在基层医院的应用》（第一作者）", "{地}县域医共体{专业}适宜技术推广（主要完成人）", "运城市医学科技进步奖三等奖（{专业}）"]);

    public static readonly DemoField Nursing = new("卫生",
        ["护理学"], ["护理学"], ["运城护理职业学院", "山西医科大学", "长治医学院", "山西卫生健康职业学院"],
        [6, 44, 48, 2, 0], 0.95,
        ["《优质护理服务在临床中的应用》（第一作者）", "{地}护理技能竞赛一等奖", "《围手术期护理干预效果观察》（第一作者）"]);

    public static readonly DemoField MedicalTechnology = new("卫生",
        ["医学检验技术", "医学影像", "药学", "康复医学治疗技术"], ["医学检验技术", "医学影像学", "药学", "康复治疗学"], MedicalSchools,
        [3, 30, 60, 7, 0], 0.55,
        ["《{专业}质量控制体会》（第一作者）", "{地}基层{专业}能力提升项目（主要完成人）"]);

    public static readonly DemoField ChineseMedicine = new("卫生",
        ["中医内科学", "针灸推拿学"], ["中医学", "针灸推拿学"], ["山西中医药大学", "陕西中医药大学", "河南中医药大学"],
        [2, 15, 58, 23, 2], 0.45,
        ["《{专业}辨证施治体会》（第一作者，《山西中医》）", "{地}中医适宜技术推广（主要完成人）"]);

    public static readonly DemoField PublicHealth = new("卫生",
        ["疾病控制", "公共卫生"], ["预防医学"], ["山西医科大学", "长治医学院", "山西医科大学汾阳学院"],
        [0, 15, 65, 18, 2], 0.5,
        ["《{地}传染病监测分析报告》（第一作者）", "{地}慢性病综合防控示范区创建（主要完成人）"]);

    public static readonly DemoField Teacher = new("中小学教师",
        ["语文", "数学", "英语", "物理", "化学", "生物", "历史", "地理", "道德与法治", "体育", "音乐", "美术", "信息技术"],
        ["汉语言文学", "数学与应用数学", "英语", "物理学", "化学", "生物科学", "历史学", "地理科学", "思想政治教育", "体育教育", "音乐学", "美术学", "计算机科学与技术"],
        ["山西师范大学", "运城学院", "太原师范学院", "忻州师范学院", "山西大学", "陕西师范大学", "吕梁学院"],
        [2, 16, 76, 6, 0], 0.62,
        ["{地}{专业}优质课评比一等奖", "《中小学{专业}课堂教学有效性研究》（市级课题，主持）", "指导学生获省级{专业}竞赛二等奖", "《浅谈{专业}核心素养的培养》（独立作者，《山西教育》）"]);

    public static readonly DemoField Electrical = new("工程",
        ["电气工程", "电力系统自动化", "输配电工程"], ["电气工程及其自动化"],
        ["太原理工大学", "华北电力大学", "山西大学", "中北大学", "山西电力职业技术学院", "三峡大学"],
        [3, 24, 63, 10, 0], 0.2,
        ["{地}110kV变电站{专业}改造工程（技术负责人）", "《配电网{专业}故障分析》（第一作者）", "一种{专业}用接地装置（实用新型专利，第一发明人）", "{地}光伏电站接入工程（项目负责人）"]);

    public static readonly DemoField Construction = new("工程",
        ["建筑工程", "土木工程", "给排水工程", "道路与桥梁工程"], ["土木工程", "土木工程", "给排水科学与工程", "道路桥梁与渡河工程"],
        ["太原理工大学", "山西大学", "长安大学", "西安建筑科技大学", "山西工程职业学院"],
        [4, 28, 60, 8, 0], 0.2,
        ["{地}保障性住房项目{专业}施工（技术负责人）", "{地}城区道路改造工程（项目技术负责人）", "《{专业}施工质量控制要点》（第一作者）", "山西省建设工程汾水杯质量奖（主要完成人）"]);

    public static readonly DemoField Industrial = new("工程",
        ["机械工程", "化学工程", "冶金工程", "食品工程"], ["机械设计制造及其自动化", "化学工程与工艺", "冶金工程", "食品科学与工程"],
        EngineeringSchools, [4, 25, 62, 9, 0], 0.25,
        ["{专业}生产线节能技术改造（项目负责人）", "一种{专业}用自动化装置（实用新型专利）", "《{专业}设备运行维护探讨》（第一作者）"]);

    public static readonly DemoField Water = new("工程",
        ["水利工程", "水文水资源"], ["水利水电工程", "水文与水资源工程"],
        ["太原理工大学", "河海大学", "西安理工大学", "山西水利职业技术学院", "华北水利水电大学"],
        [3, 25, 62, 10, 0], 0.25,
        ["{地}小型农田水利工程（技术负责人）", "{地}灌区节水改造工程设计（主要完成人）", "《{专业}监测在{地}的应用》（第一作者）"]);

    public static readonly DemoField Surveying = new("工程",
        ["测绘工程", "地质工程", "城乡规划"], ["测绘工程", "地质工程", "城乡规划"],
        ["太原理工大学", "中国地质大学", "长安大学", "山西大学", "河南理工大学"],
        [2, 20, 66, 12, 0], 0.3,
        ["{地}国土空间规划编制（主要完成人）", "{地}第三次全国国土调查（技术负责人）", "《{专业}新技术应用研究》（第一作者）"]);

    public static readonly DemoField Electronics = new("工程",
        ["电子信息", "计算机应用"], ["电子信息工程", "计算机科学与技术"], ["中北大学", "太原理工大学", "山西大学", "运城学院", "西安电子科技大学"],
        [2, 22, 66, 10, 0], 0.3,
        ["{地}智慧城市{专业}系统建设（项目负责人）", "《{专业}在政务服务中的应用》（第一作者）", "软件著作权：{地}数据管理平台"]);

    public static readonly DemoField Agriculture = new("农业",
        ["农学", "园艺", "植物保护", "畜牧", "兽医"], ["农学", "园艺", "植物保护", "动物科学", "动物医学"],
        ["山西农业大学", "西北农林科技大学", "运城农业职业技术学院", "河南农业大学"],
        [6, 28, 55, 10, 1], 0.35,
        ["{地}{专业}新技术示范推广（主持）", "《{地}{专业}技术现状与对策》（第一作者）", "全国农牧渔业丰收奖三等奖（主要完成人）"]);

    public static readonly DemoField Research = new("自然科学研究",
        ["农业科学", "生物学"], ["作物学", "生物科学"], ["山西农业大学", "西北农林科技大学", "中国农业大学", "山西大学"],
        [0, 8, 47, 35, 10], 0.4,
        ["{地}小麦新品种选育（主要完成人）", "山西省科技进步奖三等奖（主要完成人）", "国家发明专利一项（第一发明人）"]);

    public static readonly DemoField Economics = new("经济",
        ["工商管理", "人力资源管理", "财政税收", "金融", "建筑与房地产经济", "运输经济"],
        ["工商管理", "人力资源管理", "财政学", "金融学", "工程管理", "交通运输"], BusinessSchools,
        [6, 30, 56, 8, 0], 0.5,
        ["《{地}企业{专业}实践与思考》（第一作者）", "企业{专业}制度改革方案（主要起草人）"]);

    public static readonly DemoField Accounting = new("会计",
        ["会计"], ["会计学", "财务管理"], BusinessSchools, [8, 32, 54, 6, 0], 0.7,
        ["单位内部控制制度建设（主要起草人）", "《事业单位财务管理问题探讨》（第一作者）"]);

    public static readonly DemoField Statistics = new("统计",
        ["统计"], ["统计学", "经济统计学"], BusinessSchools, [4, 26, 62, 8, 0], 0.55,
        ["{地}第七次全国人口普查（主要完成人）", "《{地}经济运行分析》（执笔）"]);

    public static readonly DemoField Culture = new("群众文化",
        ["群众文化"], ["音乐学", "舞蹈学", "美术学"], ["山西师范大学", "山西艺术职业学院", "山西大学", "运城学院"],
        [4, 30, 60, 6, 0], 0.55,
        ["{地}广场文化活动策划（主要完成人）", "山西省群星奖（主创）"]);

    public static readonly DemoField Library = new("图书资料",
        ["图书资料"], ["图书馆学", "信息管理与信息系统"], ["山西大学", "山西师范大学", "运城学院"],
        [4, 30, 60, 6, 0], 0.7,
        ["{地}地方文献数字化（主要完成人）", "《基层图书馆阅读推广探析》（第一作者）"]);

    public static readonly DemoField Museum = new("文物博物",
        ["文物博物"], ["考古学", "文物与博物馆学", "历史学"], ["山西大学", "西北大学", "山西师范大学"],
        [0, 20, 62, 18, 0], 0.45,
        ["{地}古建筑调查报告（主要撰写人）", "《河东地区出土文物研究》（第一作者）"]);

    public static readonly DemoField Opera = new("艺术",
        ["戏剧表演", "演奏"], ["表演", "音乐表演"], ["山西艺术职业学院", "山西戏剧职业学院", "山西大学"],
        [30, 35, 33, 2, 0], 0.5,
        ["蒲剧折子戏展演（主演）", "山西省戏剧红梅奖（表演奖）"]);
}
