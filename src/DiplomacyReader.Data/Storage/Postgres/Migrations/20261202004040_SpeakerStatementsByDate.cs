using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyReader.Data.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SpeakerStatementsByDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Statements_SpeakerId_SortDate_SourceId_Ordinal",
                table: "Statements",
                columns: new[] { "SpeakerId", "SortDate", "SourceId", "Ordinal" },
                descending: new[] { false, true, true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Statements_SpeakerId_SortDate_SourceId_Ordinal",
                table: "Statements");
        }
    }
}
