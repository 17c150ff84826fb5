// @generated from AWS::IAM::UserToGroupAddition (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::IAM::UserToGroupAddition` and its property types.

/// Resource Type definition for AWS::IAM::UserToGroupAddition
///
/// CloudFormation type `AWS::IAM::UserToGroupAddition`.
#[derive(Debug, Clone, PartialEq)]
pub struct UserToGroupAddition {
    props: ::forma_core::schema::Props,
}
impl UserToGroupAddition {
    /// A new resource with its required properties: `GroupName`, `Users`.
    #[track_caller]
    pub fn new(
        group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        users: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<::std::string::String>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, group_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, users.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for UserToGroupAddition {
    type Attributes = UserToGroupAdditionAttributes;
    fn type_name(&self) -> &str {
        "AWS::IAM::UserToGroupAddition"
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
/// The attributes of a `AWS::IAM::UserToGroupAddition` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct UserToGroupAdditionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for UserToGroupAdditionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl UserToGroupAdditionAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The schema of `AWS::IAM::UserToGroupAddition`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::IAM::UserToGroupAddition",
    properties: &[
        ::forma_core::schema::Property {
            name: "GroupName",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Users",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};
