using System.Text;
using DiplomacyReader.Ingestion.Reading;

namespace DiplomacyReader.Ingestion.Tests.Reading;

public sealed class TextDecoderTests
{
    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x09 }, "empty")]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, "binary")]
    [InlineData(new byte[] { 0x63, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B }, "not valid UTF-8")]
    public void Refuses_what_is_not_text_naming_file_and_reason(byte[] bytes, string reason)
    {
        IngestionException error = Assert.Throws<IngestionException>(() => TextDecoder.Decode("sample.txt", bytes));
        Assert.Equal("sample.txt", error.FileName);
        Assert.Contains(reason, error.Message);
        Assert.StartsWith("sample.txt: ", error.Message);
    }

    [Fact]
    public void Refuses_files_over_the_size_limit_before_decoding()
    {
        byte[] big = new byte[TextDecoder.MaxBytes + 1];
        Array.Fill(big, (byte)'a');
        IngestionException error = Assert.Throws<IngestionException>(() => TextDecoder.Decode("big.txt", big));
        Assert.Contains("limit", error.Reason);
    }

    [Fact]
    public void Control_character_noise_is_binary_even_when_valid_utf8()
    {
        var noise = new byte[4096];
        for (int i = 0; i < noise.Length; i++)
        {
            noise[i] = (byte)(1 + (i * 7 % 30)); // control characters 1..30, never NUL
        }

        Assert.Contains("binary", Assert.Throws<IngestionException>(() => TextDecoder.Decode("noise.txt", noise)).Reason);
    }

    [Fact]
    public void Decodes_utf8_with_bom_and_utf16_and_normalises_line_ends()
    {
        byte[] utf8 = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Iwaya said\r\n“yes”")];
        Assert.Equal("Iwaya said\n“yes”", TextDecoder.Decode("a.txt", utf8));
        byte[] utf16 = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("外務大臣")];
        Assert.Equal("外務大臣", TextDecoder.Decode("b.txt", utf16));
    }
}
