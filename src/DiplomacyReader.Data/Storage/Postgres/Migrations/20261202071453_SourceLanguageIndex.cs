using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyReader.Data.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SourceLanguageIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Sources_Language",
                table: "Sources",
                column: "Language");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Sources_Language",
                table: "Sources");
        }
    }
}
