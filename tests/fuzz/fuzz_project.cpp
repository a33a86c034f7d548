// Project file loader: any bytes must load without crashing, hanging or leaking, and a file that loads must save to
// bytes that load again to the same project (save is load's inverse, so re-saving loses nothing). The loaded project
// then goes through the generator and every exporter, as opening a file and exporting does.
#include "project/Exporters.h"
#include "project/ProjectFile.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace spfm::project;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<ProjectModel> loaded = ProjectFile::parse(bytes);
    if (!loaded) {
        // Every refusal says why: the GUI and the CLI show this message as it is.
        if (loaded.error().code == ErrorCode::None || loaded.error().message.isEmpty())
            std::abort();
        return 0;
    }
    const Project &project = loaded.value().project();
    const QByteArray saved = ProjectFile::serialize(project);
    const Result<ProjectModel> again = ProjectFile::parse(saved);
    if (!again || ProjectFile::serialize(again.value().project()) != saved)
        std::abort();

    const Generation generation = generate(project);
    for (ExportFormat format :
         {ExportFormat::Bind, ExportFormat::Nsupdate, ExportFormat::Tinydns, ExportFormat::Json, ExportFormat::Csv}) {
        if (!exportRecords(generation.records, format))
            std::abort();
    }
    return 0;
}
