using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zhicheng.App.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonBureau : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "bureau_id",
                table: "people",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_people_bureau_id_name_id",
                table: "people",
                columns: new[] { "bureau_id", "name", "id" });

            // Existing people: the nearest bureau at or above their unit (the bureau whose path is the longest
            // prefix of the unit's own subtree path), computed once per unit (MATERIALIZED: otherwise SQLite
            // runs the bureau search once per person).
            migrationBuilder.Sql("""
                WITH nearest AS MATERIALIZED (
                    SELECT u.id AS unit_id,
                           (SELECT b.id FROM organisations b
                            WHERE b.kind IN ('CityBureau', 'CountyBureau') AND (b.id = u.id OR u.path LIKE b.path || b.id || '/%')
                            ORDER BY length(b.path) DESC LIMIT 1) AS bureau_id
                    FROM organisations u)
                UPDATE people SET bureau_id = nearest.bureau_id FROM nearest WHERE nearest.unit_id = people.unit_id
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_people_bureau_id_name_id",
                table: "people");

            migrationBuilder.DropColumn(
                name: "bureau_id",
                table: "people");
        }
    }
}
