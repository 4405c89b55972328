using Zhicheng.App.Features.People;
using Zhicheng.Domain.Identity;
using Zhicheng.Domain.Organisations;
using Zhicheng.Web.Tests.Support;

namespace Zhicheng.Web.Tests.Access;

public sealed class EscapingTests(WorldSite site) : IClassFixture<WorldSite>
{
    [Fact]
    public async Task NameWithScript_RendersEscapedInTheListAndTheRecord()
    {
        int id;
        await using (var db = site.Factory.Database.Open())
        {
            var person = new Person { IdNumber = "", Name = "<script>alert(1)</script>", UnitId = site.World.Hospital.Id };
            const string first17 = "14080219880808123";
            person.SetIdentity(IdentityNumber.Parse(first17 + IdentityNumber.CheckCharacterFor(first17)));
            db.People.Add(person);
            await db.SaveChangesAsync();
            id = person.Id;
        }
        var client = await site.SignedIn(AccountRole.EmployerHr);
        foreach (var path in new[] { "/people?q=%3Cscript", $"/people/{id}", $"/audit/Person/{id}" })
        {
            var html = await client.GetStringAsync(path);
            html.ShouldNotContain("<script>alert(1)</script>", customMessage: path);
            html.ShouldContain("&lt;script&gt;alert(1)&lt;/script&gt;", customMessage: path);
        }
    }
}
