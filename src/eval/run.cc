#include "eval/run.h"

#include <algorithm>

#include "text/file.h"

namespace warta::eval {
namespace {

namespace fs = std::filesystem;

bool IsGoldFileName(const fs::path& p) {
  const std::string name = p.filename().string();
  constexpr std::string_view kSuffix = ".gold.json";
  return name.size() > kSuffix.size() &&
         name.compare(name.size() - kSuffix.size(), kSuffix.size(), kSuffix) == 0 && name[0] != '.';
}

Result<std::string> ReadWhole(const fs::path& path, const std::string& what) {
  std::error_code ec;
  if (!fs::exists(path, ec)) return Status::NotFound(path.string() + ": " + what + " not found");
  if (fs::is_directory(path, ec))
    return Status::InvalidInput(path.string() + ": " + what + " is a directory");
  return text::ReadFile(path.string());
}

}  // namespace

std::vector<fs::path> ExpandGoldArgs(const std::vector<std::string>& args,
                                     std::vector<std::string>* errors) {
  std::vector<fs::path> out;
  for (const std::string& arg : args) {
    std::error_code ec;
    fs::path p(arg);
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> found;
      for (const fs::directory_entry& e : fs::directory_iterator(p, ec)) {
        if (e.is_regular_file(ec) && IsGoldFileName(e.path())) found.push_back(e.path());
      }
      if (ec) {
        errors->push_back(arg + ": cannot list: " + ec.message());
        continue;
      }
      if (found.empty()) {
        errors->push_back(arg + ": no *.gold.json files in this folder");
        continue;
      }
      std::sort(found.begin(), found.end());
      out.insert(out.end(), found.begin(), found.end());
    } else if (fs::exists(p, ec)) {
      out.push_back(p);
    } else {
      errors->push_back(arg + ": no such file or folder");
    }
  }
  return out;
}

Result<DocumentEval> EvaluateGoldFile(const Engine& engine, const fs::path& gold_path,
                                      const EvalOptions& options) {
  DocumentEval d;
  d.gold_path = gold_path;
  Result<GoldDoc> gold = LoadGold(gold_path);
  if (!gold.ok()) return gold.status();
  d.gold = std::move(gold).value();
  d.article_path = gold_path.parent_path() / d.gold.doc;
  d.name = d.article_path.stem().string();

  Result<std::string> text =
      ReadWhole(d.article_path, "article (\"doc\" of " + gold_path.string() + ")");
  if (!text.ok()) return text.status();

  Document doc;
  doc.doc_id = d.name;
  doc.text = *text;
  doc.lang = "id";
  doc.date = d.gold.pub_date;
  doc.now = options.now;
  Status s = engine.Code(doc, options.code, &d.events, &d.info);
  if (!s.ok()) {
    if (s.code() == StatusCode::kUsage && d.gold.pub_date)
      return Status::InvalidInput(gold_path.string() + ": \"pub_date\": " + s.message());
    if (s.code() == StatusCode::kUsage) return s;
    return s.Annotate(d.article_path.string());
  }
  d.date_source = d.info.date.empty()              ? ""
                  : d.info.date_source == "option" ? "gold"
                                                   : d.info.date_source;
  d.score = Score(d.gold.events, d.events);
  return d;
}

EvalSummary EvaluateAll(const Engine& engine, const std::vector<fs::path>& gold_paths,
                        const EvalOptions& options) {
  EvalSummary sum;
  for (const fs::path& p : gold_paths) {
    Result<DocumentEval> d = EvaluateGoldFile(engine, p, options);
    if (!d.ok()) {
      sum.errors.push_back({p.string(), d.status().message()});
      continue;
    }
    sum.total += d->score.counts;
    sum.documents.push_back(std::move(d).value());
  }
  return sum;
}

}  // namespace warta::eval
