// A function without its execution role, and a table without its key schema.
use forma_dsl::{cfn, App};

fn main() {
    let app = App::new();
    let stack = app.stack("Api");
    let code = cfn::lambda::function::Code::new().zip_file("exports.handler = async () => ({});");
    stack.add("Handler", cfn::lambda::Function::new(code).runtime(cfn::lambda::function::Runtime::Nodejs22X));
    stack.add("Orders", cfn::dynamodb::Table::new().billing_mode(cfn::dynamodb::table::BillingMode::PayPerRequest));
}
