using Microsoft.EntityFrameworkCore;
using Zhicheng.App.Data;
using Zhicheng.App.Features.Accounts;
using Zhicheng.App.Features.Eligibility;

namespace Zhicheng.App.Features.Import;

/// <summary>
/// The second pass of an import, inside the caller's transaction: streams each validated sheet again and saves it
/// a batch at a time — existing records looked up for the whole batch in one query, only changed fields set, the
/// change tracker cleared after each save — so memory stays flat however long the file.
/// </summary>
internal sealed class ImportWriter(AppDbContext db, Jurisdiction jurisdiction, UnitDirectory units, DateOnly today, Action<ImportProgress>? progress)
{
    public async Task<IReadOnlyDictionary<ImportSheet, SheetCounts>> WriteAsync(ImportFile file, IReadOnlyList<SheetPlan> plans, CancellationToken cancellationToken)
    {
        var result = new Dictionary<ImportSheet, SheetCounts>();
        var people = new PeopleWriter(db, jurisdiction, units);
        var history = new HistoryWriter(db, jurisdiction);
        foreach (var plan in plans)
        {
            var counts = result[plan.Sheet] = new SheetCounts();
            await (plan.Sheet switch
            {
                ImportSheet.People => WriteSheetAsync(file, plan, ImportRows.Person, b => people.WriteAsync(b, counts, cancellationToken), cancellationToken),
                ImportSheet.Titles => WriteSheetAsync(file, plan, ImportRows.Title, b => history.TitlesAsync(b, counts, cancellationToken), cancellationToken),
                ImportSheet.Assessments => WriteSheetAsync(file, plan, ImportRows.Assessment, b => history.AssessmentsAsync(b, counts, cancellationToken), cancellationToken),
                _ => WriteSheetAsync(file, plan, ImportRows.Education, b => history.EducationAsync(b, counts, cancellationToken), cancellationToken),
            });
        }
        return result;
    }

    private async Task WriteSheetAsync<TRow>(ImportFile file, SheetPlan plan, Func<CellReader, TRow?> parse,
        Func<List<TRow>, Task> write, CancellationToken cancellationToken) where TRow : class
    {
        var batch = new List<TRow>(PeopleImport.BatchSize);
        var problems = new ImportProblems();
        var rows = 0;
        // Rows are read and parsed ahead on another thread while this one writes.
        await foreach (var row in file.ReadAheadAsync(plan.NameInFile, record => Parse(record, plan, parse, problems), cancellationToken))
        {
            batch.Add(row);
            if (batch.Count == PeopleImport.BatchSize)
            {
                await FlushAsync();
            }
        }
        await FlushAsync();

        async Task FlushAsync()
        {
            if (batch.Count == 0)
            {
                return;
            }
            await write(batch);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            rows += batch.Count;
            batch.Clear();
            progress?.Invoke(new ImportProgress(ImportStage.Writing, plan.Sheet, rows));
        }
    }

    /// <summary>A data row parsed again; it passed validation, so a problem now means the file changed in between.</summary>
    private TRow? Parse<TRow>(TabularRecord record, SheetPlan plan, Func<CellReader, TRow?> parse, ImportProblems problems) where TRow : class
    {
        if (record.Row <= plan.Layout.HeaderRow || record.Cells.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }
        return parse(new CellReader(plan.Layout, record, problems, today))
            ?? throw new InputFileException($"工作表“{plan.NameInFile}”第{record.Row}行在校验之后发生了变化，请重新导入");
    }
}
