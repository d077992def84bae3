// expect: maybe<T> holds small trivially copyable values
#include <cartegrise/maybe.hpp>
#include <string>
int main() { cartegrise::maybe<std::string> s; return s.has_value() ? 1 : 0; }
