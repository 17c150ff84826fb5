// @generated from AWS::SecurityHub::ProductSubscription (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::SecurityHub::ProductSubscription` and its property types.

/// The AWS::SecurityHub::ProductSubscription resource represents a subscription to a service that is allowed to generate findings for your Security Hub account.
///
/// CloudFormation type `AWS::SecurityHub::ProductSubscription`.
#[derive(Debug, Clone, PartialEq)]
pub struct ProductSubscription {
    props: ::forma_core::schema::Props,
}
impl ProductSubscription {
    /// A new resource with its required properties: `ProductArn`.
    #[track_caller]
    pub fn new(product_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, product_arn.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ProductSubscription {
    type Attributes = ProductSubscriptionAttributes;
    fn type_name(&self) -> &str {
        "AWS::SecurityHub::ProductSubscription"
    }
    fn into_properties(self) -> ::forma_core::schema::Object {
        self.props.into_object(SPEC.properties)
    }
    fn into_parts(self) -> (::forma_core::schema::Object, ::forma_core::schema::SetAt) {
        self.props.into_parts(SPEC.properties)
    }
    fn schema(&self) -> ::std::option::Option<&'static ::forma_core::schema::ResourceType> {
        Some(&SPEC)
    }
}
/// The attributes of a `AWS::SecurityHub::ProductSubscription` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ProductSubscriptionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ProductSubscriptionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ProductSubscriptionAttributes {
    /// `Fn::GetAtt` `ProductSubscriptionArn`.
    pub fn product_subscription_arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "ProductSubscriptionArn")
    }
}

/// The schema of `AWS::SecurityHub::ProductSubscription`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::SecurityHub::ProductSubscription",
    properties: &[::forma_core::schema::Property {
        name: "ProductArn",
        required: true,
        create_only: true,
        shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
            pattern: Some("arn:aws\\S*:securityhub:\\S*"),
            min_length: None,
            max_length: None,
        }),
    }],
    rules: &[],
    attributes: &["ProductSubscriptionArn"],
};
