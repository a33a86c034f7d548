// Saves two projects in turn through ProjectFile::save until killed: the child that tst_project_save_crash kills with
// SIGKILL at random moments and at each rename.
//
//     project_save_helper TARGET FIRST SECOND [--sync]
//
// FIRST and SECOND are project files; saves alternate FIRST, SECOND, FIRST... into TARGET. On stdout (unbuffered):
// "S<n>\n" before save n starts and "D<n>\n" after it succeeded. With --sync, every rename or link that puts a file in
// place (QSaveFile's commit) first writes "R<k> <destination>\n" and then waits for one byte on stdin, so the parent
// can kill the process at exactly that point.
#include "project/ProjectFile.h"

#include <cstdio>
#include <cstring>
#include <dlfcn.h>
#include <unistd.h>

namespace {

bool g_sync = false;
int g_renames = 0;

void say(const char *text)
{
    const size_t size = std::strlen(text);
    if (::write(STDOUT_FILENO, text, size) != ssize_t(size))
        _exit(4);
}

} // namespace

namespace {

// Called before each step that puts a finished file in place.
void syncPoint(const char *to)
{
    if (!g_sync)
        return;
    char line[4200];
    std::snprintf(line, sizeof line, "R%d %s\n", ++g_renames, to);
    say(line);
    char go = 0;
    if (::read(STDIN_FILENO, &go, 1) != 1)
        _exit(3);
}

template <typename Function> Function next(const char *name)
{
    void *symbol = dlsym(RTLD_NEXT, name);
    Function function = nullptr;
    std::memcpy(&function, &symbol, sizeof function);
    return function;
}

} // namespace

// Interpose the C library's calls that QSaveFile::commit() uses to put a file in place: rename() over an existing
// file, or linkat() of its unnamed temporary file (O_TMPFILE) when the name is free.
extern "C" int rename(const char *from, const char *to) noexcept
{
    static const auto real = next<int (*)(const char *, const char *)>("rename");
    syncPoint(to);
    return real(from, to);
}

extern "C" int renameat(int fromDir, const char *from, int toDir, const char *to) noexcept
{
    static const auto real = next<int (*)(int, const char *, int, const char *)>("renameat");
    syncPoint(to);
    return real(fromDir, from, toDir, to);
}

extern "C" int linkat(int fromDir, const char *from, int toDir, const char *to, int flags) noexcept
{
    static const auto real = next<int (*)(int, const char *, int, const char *, int)>("linkat");
    syncPoint(to);
    return real(fromDir, from, toDir, to, flags);
}

int main(int argc, char **argv)
{
    using spfm::project::ProjectFile;
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s TARGET FIRST SECOND [--sync]\n", argv[0]);
        return 2;
    }
    g_sync = argc > 4 && std::strcmp(argv[4], "--sync") == 0;
    const QString target = QString::fromLocal8Bit(argv[1]);
    auto first = ProjectFile::load(QString::fromLocal8Bit(argv[2]));
    auto second = ProjectFile::load(QString::fromLocal8Bit(argv[3]));
    if (!first || !second) {
        std::fprintf(stderr, "cannot load the projects\n");
        return 2;
    }
    const spfm::project::Project projects[2] = {first.value().project(), second.value().project()};
    for (int n = 1;; ++n) {
        char line[32];
        std::snprintf(line, sizeof line, "S%d\n", n);
        say(line);
        const spfm::project::Status saved = ProjectFile::save(target, projects[(n - 1) % 2]);
        if (!saved) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error().message));
            return 1;
        }
        std::snprintf(line, sizeof line, "D%d\n", n);
        say(line);
    }
}
