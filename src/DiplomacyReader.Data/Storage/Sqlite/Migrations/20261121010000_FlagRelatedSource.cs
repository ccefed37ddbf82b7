using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DiplomacyReader.Data.Storage.Sqlite.Migrations;

/// <summary>Quote-not-found flags remember the transcript they refer to, so its compare page can list them.</summary>
[DbContext(typeof(SqliteStoreContext))]
[Migration("20261121010000_FlagRelatedSource")]
public sealed class FlagRelatedSource : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>(
            name: "RelatedSourceId",
            table: "Flags",
            nullable: true);

        migrationBuilder.CreateIndex(
            name: "IX_Flags_RelatedSourceId",
            table: "Flags",
            column: "RelatedSourceId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(name: "IX_Flags_RelatedSourceId", table: "Flags");
        migrationBuilder.DropColumn(name: "RelatedSourceId", table: "Flags");
    }
}
