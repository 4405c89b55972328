using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Standards;
using Zhicheng.Domain.Organisations;

namespace Zhicheng.App.Features.Audit;

/// <summary>
/// 变更记录 — the audit entries of one record (a person with their titles, assessments, education and
/// achievements; an organisation; an account; a committee with its filings, scope and roster; a work plan; a
/// standard version), for a viewer who may see that record: in their jurisdiction, or, for a standard, on its page.
/// </summary>
public sealed class AuditHistory(AppDbContext db, StandardService standards)
{
    public static readonly IReadOnlyDictionary<string, string> TypeLabels = new Dictionary<string, string>
    {
        ["Person"] = "人员", ["Organisation"] = "机构", ["Account"] = "账号", ["TitleHeld"] = "职称",
        ["PersonAssessment"] = "年度考核", ["PersonEducation"] = "学历", ["PersonAchievement"] = "业绩成果",
        ["Committee"] = "评审委员会", ["CommitteeFiling"] = "核准备案", ["CommitteeMember"] = "评审专家",
        ["CommitteeScopeUnit"] = "评审范围", ["WorkPlan"] = "年度工作方案", ["EvaluationStandard"] = "评价标准",
        ["TitleApplication"] = "职称申报", ["ApplicationStep"] = "审核环节", ["ApplicationEvent"] = "办理记录",
        ["ApplicationMaterial"] = "申报材料", ["PublicityObjection"] = "公示异议", ["IntegrityEntry"] = "诚信档案记录", ["UnitAction"] = "单位监督",
        ["SystemSetting"] = "系统设置", ["Import"] = "导入",
    };

    public static readonly IReadOnlyDictionary<string, string> ActionLabels = new Dictionary<string, string>
    {
        ["created"] = "新增", ["updated"] = "修改", ["deleted"] = "删除", ["import.completed"] = "导入完成",
    };

    /// <summary>
    /// The record's entries, newest first; null when the viewer may not see the record. A committee and a work plan
    /// are seen where the committee is in the jurisdiction; a standard version wherever its page shows it (published:
    /// anyone; a draft: its owner's jurisdiction).
    /// </summary>
    public async Task<IReadOnlyList<AuditEntry>?> ForAsync(Jurisdiction jurisdiction, string type, int id, CancellationToken cancellationToken = default)
    {
        var visible = type switch
        {
            "Person" => await jurisdiction.People(db).AnyAsync(p => p.Id == id, cancellationToken),
            "Organisation" => await jurisdiction.Organisations(db).AnyAsync(o => o.Id == id, cancellationToken),
            "Account" => jurisdiction.Viewer.Role == AccountRole.CityAdmin || jurisdiction.Viewer.AccountId == id,
            "Committee" => await jurisdiction.Committees(db).AnyAsync(c => c.Id == id, cancellationToken),
            "WorkPlan" => jurisdiction.Viewer.Role is not (AccountRole.Applicant or AccountRole.Expert) // as the plan pages
                && await db.WorkPlans.AnyAsync(p => p.Id == id && jurisdiction.Committees(db).Any(c => c.Id == p.CommitteeId), cancellationToken),
            "EvaluationStandard" => await standards.FindAsync(jurisdiction, id, cancellationToken) is not null,
            "TitleApplication" => await Applications.ApplicationAccess.Visible(db, jurisdiction).AnyAsync(a => a.Id == id, cancellationToken),
            "UnitAction" => await db.UnitActions.AnyAsync(a => a.Id == id && jurisdiction.Organisations(db).Any(o => o.Id == a.OrganisationId), cancellationToken),
            "IntegrityEntry" => jurisdiction.Viewer.IsBureau && await db.IntegrityEntries.AnyAsync(e => e.Id == id, cancellationToken), // as the archive: bureaus only
            _ => false,
        };
        if (!visible)
        {
            return null;
        }
        var subject = $"{type}:{id}";
        return await db.AuditEntries.AsNoTracking().Where(e => e.Subject == subject)
            .OrderByDescending(e => e.Id).Take(500).ToListAsync(cancellationToken);
    }

    /// <summary>The latest entries across the system (city administrators only), paged by id.</summary>
    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(long? before, int count, CancellationToken cancellationToken = default) =>
        await db.AuditEntries.AsNoTracking().Where(e => before == null || e.Id < before)
            .OrderByDescending(e => e.Id).Take(count).ToListAsync(cancellationToken);

    /// <summary>"字段：旧值 → 新值" lines of an entry's summary.</summary>
    public static IEnumerable<string> Changes(AuditEntry entry)
    {
        using var document = JsonDocument.Parse(entry.Summary);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }
        var before = root.TryGetProperty("before", out var b) && b.ValueKind == JsonValueKind.Object ? b : default;
        var after = root.TryGetProperty("after", out var a) && a.ValueKind == JsonValueKind.Object ? a : default;
        var names = new List<string>();
        foreach (var side in new[] { before, after })
        {
            if (side.ValueKind == JsonValueKind.Object)
            {
                names.AddRange(side.EnumerateObject().Select(p => p.Name).Where(n => !names.Contains(n)));
            }
        }
        if (names.Count == 0)
        {
            foreach (var p in root.EnumerateObject())
            {
                yield return $"{p.Name}：{p.Value}";
            }
            yield break;
        }
        foreach (var name in names)
        {
            var old = Value(before, name);
            var now = Value(after, name);
            yield return entry.Action switch
            {
                "created" => $"{name}：{now}",
                "deleted" => $"{name}：{old}",
                _ => $"{name}：{old} → {now}",
            };
        }
    }

    private static string Value(JsonElement side, string name) =>
        side.ValueKind == JsonValueKind.Object && side.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v.ToString() : "（空）";
}
