fn main() {
    use unicode_security::GeneralSecurityProfile;
    for arg in std::env::args().skip(1) {
        let p = signup_guard::lookalike::label_problems(&arg, "com");
        let bad: Vec<String> = arg.chars().filter(|c| !c.identifier_allowed()).map(|c| format!("{:04X}", c as u32)).collect();
        println!("{arg}: {p:?} not-allowed={bad:?}");
    }
}
