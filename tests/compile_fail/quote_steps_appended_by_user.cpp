// expect: fixed_list.*is private|private member of .*fixed_list
// The steps a quote returns are read-only: only the rules append to them.
#include <cartegrise/quote.hpp>
int main() {
    cartegrise::request r;
    auto q = cartegrise::quote(r);
    q->steps.push_back(cartegrise::step{cartegrise::steps::fiscal_power{7}});
    return static_cast<int>(q->steps.size());
}
