using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Zhicheng.App.Data;
using Zhicheng.App.Features;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Applications;
using Zhicheng.App.Tests.Committees;
using Zhicheng.Domain.Applications;
using Zhicheng.Domain.Organisations;
using Zhicheng.Domain.Policy;
using Zhicheng.Tests.Shared;

namespace Zhicheng.App.Tests.Applications;

/// <summary>
/// Two people acting on the same application at the same version at the same moment, each on a context of their own:
/// exactly one wins, the other is told (<c>ApplicationService.Stale</c>), and nothing is written twice. A
/// <see cref="WriteGate"/> holds every write back until both have read the application, so that the two really race to
/// save rather than one finishing before the other starts.
/// </summary>
public sealed class ApplicationConcurrencyTests : ApplicationServiceTest
{
    private const string StaleMessage = "该申报已被他人处理或修改，您的操作未执行；请刷新后查看最新状态";

    [Fact]
    public async Task Approve_TwoHrAccountsAtOnce_OneWinsOnce()
    {
        var application = await PublicisedAsync();
        var secondHr = new Viewer(9_301, "中心医院人事科（二）", AccountRole.EmployerHr, World.Hospital.Id, null);
        await using var first = await As(AccountRole.EmployerHr);
        await using var second = await As(secondHr);

        var outcomes = await WriteGate.RaceAsync(Database,
            () => first.Review.ApproveAsync(first.Jurisdiction, application.Id, application.Version, "同意推荐", false),
            () => second.Review.ApproveAsync(second.Jurisdiction, application.Id, application.Version, "同意推荐", false));

        await OneWonAsync(outcomes, application, ReviewStepKind.Unit, ReviewStepKind.Department);
    }

    [Fact]
    public async Task Approve_TwoDepartmentReviewersAtOnce_OneWinsOnce()
    {
        var application = await PublicisedAsync();
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            application = (await hr.Review.ApproveAsync(hr.Jurisdiction, application.Id, application.Version, null, false)).ShouldSucceed();
        }
        var secondReviewer = new Viewer(9_302, "卫健委审核人（二）", AccountRole.DepartmentReviewer, World.Health.Id, null);
        await using var first = await As(AccountRole.DepartmentReviewer);
        await using var second = await As(secondReviewer);

        var outcomes = await WriteGate.RaceAsync(Database,
            () => first.Review.ApproveAsync(first.Jurisdiction, application.Id, application.Version, null, false),
            () => second.Review.ApproveAsync(second.Jurisdiction, application.Id, application.Version, null, false));

        await OneWonAsync(outcomes, application, ReviewStepKind.Department, ReviewStepKind.CountyBureau);
    }

    [Fact]
    public async Task ApproveAndReturn_AtOnce_OneWins()
    {
        var application = await PublicisedAsync();
        await using var approver = await As(AccountRole.EmployerHr);
        await using var returner = await As(new Viewer(9_303, "中心医院人事科（二）", AccountRole.EmployerHr, World.Hospital.Id, null));

        var outcomes = await WriteGate.RaceAsync(Database,
            () => approver.Review.ApproveAsync(approver.Jurisdiction, application.Id, application.Version, null, false),
            () => returner.Review.ReturnAsync(returner.Jurisdiction, application.Id, application.Version, ["缺少聘任证明"], null));

        outcomes.Count(o => o.Succeeded).ShouldBe(1);
        var loser = outcomes.Single(o => !o.Succeeded);
        loser.ShouldBeRefused("version", ClauseIds.Channels).Message.ShouldBe(StaleMessage);
        var stored = await StoredAsync(application.Id);
        stored.Version.ShouldBe(application.Version + 1);
        stored.Events.Count(e => e.Action is ApplicationAction.Approved or ApplicationAction.Returned).ShouldBe(1);
    }

    [Fact]
    public async Task Submit_TwiceAtOnce_SecondRefused()
    {
        TitleApplication created;
        await using (var doctor = await As(AccountRole.Applicant))
        {
            created = (await doctor.Applications.CreateAsync(doctor.Jurisdiction, Promotion())).ShouldSucceed();
        }
        await using var applicant = await As(AccountRole.Applicant);
        await using var hr = await As(AccountRole.EmployerHr);

        var outcomes = await WriteGate.RaceAsync(Database,
            () => applicant.Applications.SubmitAsync(applicant.Jurisdiction, created.Id, created.Version),
            () => hr.Applications.SubmitAsync(hr.Jurisdiction, created.Id, created.Version));

        outcomes.Count(o => o.Succeeded).ShouldBe(1);
        outcomes.Single(o => !o.Succeeded).ShouldBeRefused("version", ClauseIds.Channels).Message.ShouldBe(StaleMessage);
        var stored = await StoredAsync(created.Id);
        stored.Stage.ShouldBe(ApplicationStage.InReview);
        stored.Version.ShouldBe(created.Version + 1);
        stored.Steps.Count.ShouldBe(4);
        stored.Events.Count(e => e.Action == ApplicationAction.Submitted).ShouldBe(1);
    }

    /// <summary>The doctor's application at the hospital's step with its publicity over (clock on 2025-09-01).</summary>
    private async Task<TitleApplication> PublicisedAsync()
    {
        var application = await SubmittedAsync();
        await using (var hr = await As(AccountRole.EmployerHr))
        {
            application = (await hr.Publicity.StartAsync(hr.Jurisdiction, application.Id, application.Version, null)).ShouldSucceed();
        }
        Clock.Today = new DateOnly(2025, 9, 1);
        return application;
    }

    private async Task OneWonAsync(Outcome<TitleApplication>[] outcomes, TitleApplication before, ReviewStepKind from, ReviewStepKind to)
    {
        outcomes.Count(o => o.Succeeded).ShouldBe(1, string.Join("；", outcomes.SelectMany(o => o.Problems).Select(p => p.Text)));
        outcomes.Single(o => !o.Succeeded).ShouldBeRefused("version", ClauseIds.Channels).Message.ShouldBe(StaleMessage);
        var stored = await StoredAsync(before.Id);
        stored.StepIndex.ShouldBe(before.StepIndex + 1);
        stored.StepKind.ShouldBe(to);
        stored.Version.ShouldBe(before.Version + 1);
        stored.Events.Count(e => e.Action == ApplicationAction.Approved && e.StepKind == from).ShouldBe(1);
        stored.Steps.Single(s => s.Kind == from).ApprovedAt.ShouldNotBeNull();
    }
}

/// <summary>
/// Holds every write to the applications table while two actions read, then lets them race to save: on SQLite an open
/// write transaction (WAL lets them read meanwhile), on PostgreSQL an EXCLUSIVE lock on the table (reads still pass).
/// </summary>
internal static class WriteGate
{
    /// <summary>How long the two actions get to read before the gate opens.</summary>
    private static readonly TimeSpan ReadTime = TimeSpan.FromSeconds(2);

    public static async Task<T[]> RaceAsync<T>(TestDatabase database, Func<Task<T>> first, Func<Task<T>> second)
    {
        await using var connection = Open(database);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        if (connection is NpgsqlConnection)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "LOCK TABLE applications IN EXCLUSIVE MODE";
            await command.ExecuteNonQueryAsync();
        }
        else
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "UPDATE applications SET version = version WHERE 0 = 1";
            await command.ExecuteNonQueryAsync();
        }
        var race = Task.WhenAll(Task.Run(first), Task.Run(second));
        await Task.WhenAny(race, Task.Delay(ReadTime));
        race.IsCompleted.ShouldBeFalse("两个操作都应在写入时被挡住");
        await transaction.RollbackAsync();
        return await race;
    }

    private static DbConnection Open(TestDatabase database) => TestDatabase.Provider == DatabaseProvider.PostgreSql
        ? new NpgsqlConnection(database.ConnectionString)
        : new SqliteConnection(database.ConnectionString);
}
