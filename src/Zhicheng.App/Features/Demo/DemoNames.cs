using Zhicheng.Domain.Identity;

namespace Zhicheng.App.Features.Demo;

/// <summary>Chinese personal names as they are common in 运城 (王, 李, 张 … and the local 畅, 裴, 卫, 柴), and trade names (字号) for companies.</summary>
internal static class DemoNames
{
    /// <summary>Surnames, most common first; the first five are drawn eight times as often as the rest, the next ten four times.</summary>
    private const string Surnames =
        "王李张刘杨" + "赵郭高梁武陈薛卫柴畅" + "景席裴解关杜贾宁董史段范任孙马胡吉姚程尚侯原冯周吴黄许宋韩樊闫靳崔田乔牛吕";

    private static readonly string[] MaleGivenNames =
    [
        "伟", "强", "磊", "勇", "军", "斌", "涛", "超", "鹏", "杰", "亮", "峰", "波", "辉", "刚", "健", "明", "鑫", "博", "凯",
        "建国", "建军", "建平", "志刚", "志强", "志勇", "国华", "国庆", "卫东", "海涛", "晓东", "晓峰", "文军", "宏伟", "俊杰", "永刚",
        "红军", "振华", "立新", "小龙", "鹏飞", "浩然", "宇航", "晨阳", "一鸣", "泽宇", "思远", "家豪", "嘉伟", "文博", "天宇", "晓军",
        "建华", "海军", "学军", "利民", "保平", "亚军", "晋生", "运杰",
    ];

    private static readonly string[] FemaleGivenNames =
    [
        "丽", "芳", "娟", "敏", "静", "燕", "艳", "霞", "倩", "璐", "莹", "琳", "洁", "颖", "娜", "雯", "蕾", "瑶", "琼", "萍",
        "红梅", "丽娟", "秀英", "桂兰", "晓燕", "海燕", "春梅", "玉梅", "慧敏", "晓敏", "丽萍", "雪梅", "婷婷", "丹丹", "佳怡", "欣怡",
        "晓娟", "雨婷", "思雨", "晓雪", "文静", "瑞雪", "亚楠", "晶晶", "金花", "彩霞", "素琴", "建英", "晓丽", "艳芳", "美玲", "文娟",
        "晓霞", "雅琴", "淑珍", "小红", "俊英", "凤英", "梦洁", "晨曦",
    ];

    public static readonly string[] TradeNames =
    [
        "鑫源", "宏达", "恒通", "华泽", "晋禾", "河东", "中条", "黄河", "舜都", "德信", "永盛", "安泰", "瑞丰", "金桥",
        "天润", "嘉禾", "三晋", "晋南", "泓源", "鸿运", "正和", "润丰", "通达", "兴业", "建邦", "盛世", "诚信", "蓝天",
        "绿源", "华鑫", "宏昌", "恒瑞", "博远", "致远", "同创", "康泰", "聚丰", "森茂", "汇通", "利民",
    ];

    public static string Person(Random random, Sex sex)
    {
        var roll = random.Next(5 * 8 + 10 * 4 + (Surnames.Length - 15));
        var surname = (roll < 40 ? Surnames[roll / 8] : roll < 80 ? Surnames[5 + (roll - 40) / 4] : Surnames[15 + roll - 80]).ToString();
        var given = sex == Sex.Male ? MaleGivenNames : FemaleGivenNames;
        return surname + given[random.Next(given.Length)];
    }
}
