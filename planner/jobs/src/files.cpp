// SPDX-License-Identifier: GPL-3.0-or-later
#include "cofund/planner/files.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cofund/json_read.h"
#include "cofund/plan_io.h"
#include "cofund/text_format.h"

namespace cofund::planner {

namespace fs = std::filesystem;

namespace {
std::string limit_text(std::size_t limit) {
    return fmt::format("{} MiB", limit >> 20);
}
}  // namespace

Result<std::string> read_input(const std::string& path, std::size_t limit) {
    std::string data;
    if (path == "-") {
        char buf[65536];
        std::size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) {
            data.append(buf, n);
            if (data.size() > limit)
                return Error::said(say("标准输入超过上限 {}", "standard input is larger than the limit of {}",
                                       "стандартный ввод больше предела {}", limit_text(limit)));
        }
        return data;
    }
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) return Error::said({"文件不存在", "no such file", "нет такого файла"});
    if (fs::is_directory(st))
        return Error::said({"是目录，不是计划文件", "is a directory, not a plan file", "это папка, а не файл плана"});
    if (!fs::is_regular_file(st))
        return Error::said({"不是普通文件（FIFO、套接字或设备）；请给出计划文件",
                            "is not a regular file (a FIFO, socket or device); give a plan file",
                            "не обычный файл (FIFO, сокет или устройство); укажите файл плана"});
    auto size = fs::file_size(path, ec);
    if (!ec && size > limit)
        return Error::said(say("文件 {} 字节，超过上限 {}", "file of {} bytes is larger than the limit of {}",
                               "файл в {} байт больше предела {}", size, limit_text(limit)));
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Error::said(say("无法打开：{}", "cannot be opened: {}", "не открывается: {}", std::strerror(errno)));
    data.resize(static_cast<std::size_t>(size));
    in.read(data.data(), static_cast<std::streamsize>(data.size()));
    if (in.gcount() != static_cast<std::streamsize>(data.size()))
        return Error::said({"无法读到末尾", "cannot be read to the end", "не читается до конца"});
    return data;
}

Result<Plan> parse_plan(std::string_view text, const Catalog& catalog) {
    auto plan = read_plan(text, catalog);
    if (!plan) return plan;
    if (plan->call != catalog.id)
        return Error::said(say("未知申报指南 \"{}\"；本目录为 \"{}\"（用 --catalog 指定其他目录）",
                               "unknown call \"{}\"; this catalog is \"{}\" (give another with --catalog)",
                               "неизвестный конкурс \"{}\"; этот каталог — \"{}\" (другой укажите через --catalog)",
                               printable(plan->call, 60), catalog.id),
                           Place{std::nullopt, std::nullopt, "/call"});
    return plan;
}

Result<Plan> load_plan(const std::string& path, const Catalog& catalog) {
    auto text = read_input(path);
    if (!text) return text.error();
    return parse_plan(*text, catalog);
}

Result<bool> write_output(const std::string& path, std::string_view data) {
    if (path == "-") {
        std::cout.write(data.data(), static_cast<std::streamsize>(data.size()));
        std::cout.flush();
        if (!std::cout) return Error{"cannot write to standard output"};
        return true;
    }
    fs::path target(path);
    std::error_code ec;
    if (fs::is_directory(target, ec)) return Error{fmt::format("{}: is a directory", path)};
    fs::path tmp = target;
    tmp += fmt::format(".tmp-{}", static_cast<unsigned>(std::hash<std::string>{}(path)&0xffff));
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out) return Error{fmt::format("{}: cannot be written: {}", path, std::strerror(errno))};
        out.write(data.data(), static_cast<std::streamsize>(data.size()));
        out.flush();
        if (!out) {
            fs::remove(tmp, ec);
            return Error{fmt::format("{}: write failed: {}", path, std::strerror(errno))};
        }
    }
    fs::rename(tmp, target, ec);
    if (ec) {
        fs::remove(tmp, ec);
        return Error{fmt::format("{}: cannot be replaced: {}", path, ec.message())};
    }
    return true;
}

}  // namespace cofund::planner
