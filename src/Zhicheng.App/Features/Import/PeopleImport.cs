using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Eligibility;

using Zhicheng.Domain.Policy;

namespace Zhicheng.App.Features.Import;

/// <summary>
/// 人员信息批量导入 — people's records, titles, yearly assessments and degrees from an .xlsx workbook or a .csv
/// sheet, within the importer's jurisdiction. All or nothing: the file is first read through and checked, every
/// problem reported with its sheet, row and column; only a file without problems is written, in one
/// transaction. Importing the same file again changes nothing and adds nothing to the audit trail.
/// </summary>
public sealed class PeopleImport(AppDbContext db, TimeProvider time, PolicyVersion? policy = null)
{
    /// <summary>Rows saved per SaveChanges in the write pass; the change tracker is cleared after each.</summary>
    public const int BatchSize = 1000;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public async Task<ImportReport> RunAsync(ImportFile file, Viewer viewer, Action<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var problems = new ImportProblems();
        var jurisdiction = await Jurisdiction.ForAsync(db, viewer, cancellationToken);
        if (await UnitDirectory.LoadAsync(db, jurisdiction, cancellationToken) is not { } units)
        {
            problems.Add(null, null, null, "您的账号不能导入或修改人员信息");
            return ImportReport.Rejected(file.Name, problems);
        }
        // The day the checks count from ("not in the future"): the local calendar day of the configured clock.
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var plans = await new ImportValidator(db, jurisdiction, units, problems, today, (policy ?? PolicyVersion.N2024).Settings, progress).ValidateAsync(file, cancellationToken);
        if (problems.Any)
        {
            return ImportReport.Rejected(file.Name, problems);
        }
        db.ChangeTracker.Clear();
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var counts = await new ImportWriter(db, jurisdiction, units, today, progress).WriteAsync(file, plans, cancellationToken);
            if (counts.Values.Any(c => c.Changed))
            {
                await db.RecordAsync("import.completed", "Import", EntityId(file.Name), Summary(file.Name, counts), cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return ImportReport.Done(file.Name, counts);
        }
        catch (DbUpdateException)
        {
            // Someone changed the same records between the check and the write (or imported the same people at once).
            problems.Add(null, null, null, "写入时与同时进行的其他修改发生冲突（例如同一人员正被另一次导入写入），未导入任何数据，请稍后重试");
            return ImportReport.Rejected(file.Name, problems);
        }
        catch (InputFileException ex)
        {
            problems.Add(null, null, null, ex.Message);
            return ImportReport.Rejected(file.Name, problems);
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The audit entry's id is the file name, cut to fit the column.</summary>
    private static string EntityId(string fileName) => fileName.Length <= 64 ? fileName : fileName[..64];

    private static string Summary(string fileName, IReadOnlyDictionary<ImportSheet, SheetCounts> counts) =>
        JsonSerializer.Serialize(new
        {
            file = fileName,
            sheets = counts.ToDictionary(c => ImportSheets.Code(c.Key), c => new { created = c.Value.Created, updated = c.Value.Updated, unchanged = c.Value.Unchanged }),
        }, Json);
}
