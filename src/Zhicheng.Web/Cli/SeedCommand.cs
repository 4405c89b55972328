using System.CommandLine;
using System.Diagnostics;
using Zhicheng.App.Features.Demo;

namespace Zhicheng.Web.Cli;

/// <summary>
/// <c>zhicheng seed --demo</c>: fills an empty database (ZHICHENG_DB, as for <c>serve</c>) with the demo city and
/// lists the demo accounts. Exit 2 without <c>--demo</c> or when the database already holds organisations or people.
/// </summary>
internal static class SeedCommand
{
    public static Command Create()
    {
        var demo = new Option<bool>("--demo") { Description = "写入演示数据：运城市及13个县（市、区）的人社局、主管部门、约200家单位、约5000名专业技术人员和各角色演示账号" };
        var command = new Command("seed", "向空数据库写入初始数据（目前为演示数据，须加 --demo）") { demo };
        command.SetAction(async (result, cancellationToken) =>
        {
            if (!result.GetValue(demo))
            {
                Console.Error.WriteLine("请加上 --demo：zhicheng seed --demo 向空数据库写入演示数据");
                return ZhichengCommandLine.BadUsage;
            }
            return await SeedDemoAsync(cancellationToken);
        });
        return command;
    }

    private static async Task<int> SeedDemoAsync(CancellationToken cancellationToken)
    {
        await using var db = CliDatabase.Open("cli:seed");
        var watch = Stopwatch.StartNew();
        var result = await DemoCity.SeedAsync(db, TimeProvider.System, cancellationToken);
        if (!result.Seeded)
        {
            Console.Error.WriteLine($"{CliDatabase.Describe(db)}：{result.Refusal}");
            return ZhichengCommandLine.BadUsage;
        }
        Console.WriteLine($"已写入演示数据：{CliDatabase.Describe(db)}，用时 {watch.Elapsed.TotalSeconds:0.0} 秒");
        Console.WriteLine($"  机构 {result.Organisations} 个，专业技术人员 {result.People} 名");
        Console.WriteLine($"  职称 {result.Titles} 条，年度考核 {result.Assessments} 条，学历 {result.Education} 条，业绩成果 {result.Achievements} 条");
        Console.WriteLine($"演示账号 {result.Accounts} 个（密码均为 {DemoCity.Accounts[0].Password}）：");
        foreach (var account in DemoCity.Accounts)
        {
            var who = account.Holder == account.DisplayName ? account.Holder : $"{account.Holder}（{account.DisplayName}）";
            Console.WriteLine($"  {account.UserName,-17} {account.RoleLabel}：{who}");
        }
        return 0;
    }
}
