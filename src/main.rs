fn main() -> std::process::ExitCode {
    asylum_forms::cli::main()
}
