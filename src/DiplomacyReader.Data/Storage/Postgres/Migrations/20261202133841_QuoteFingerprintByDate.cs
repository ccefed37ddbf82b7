using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DiplomacyReader.Data.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class QuoteFingerprintByDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Statements_QuoteFingerprint",
                table: "Statements");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_QuoteFingerprint_SortDate",
                table: "Statements",
                columns: new[] { "QuoteFingerprint", "SortDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Statements_QuoteFingerprint_SortDate",
                table: "Statements");

            migrationBuilder.CreateIndex(
                name: "IX_Statements_QuoteFingerprint",
                table: "Statements",
                column: "QuoteFingerprint");
        }
    }
}
