using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace DiplomacyReader.Data.Storage.Sqlite.Migrations;

/// <summary>Sources keep the byline and language that saved web pages state.</summary>
[DbContext(typeof(SqliteStoreContext))]
[Migration("20261122000000_SourceBylineLanguage")]
public sealed class SourceBylineLanguage : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "Byline", table: "Sources", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<string>(name: "Language", table: "Sources", maxLength: 16, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "Language", table: "Sources");
        migrationBuilder.DropColumn(name: "Byline", table: "Sources");
    }
}
