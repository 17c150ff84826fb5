// @generated from AWS::QuickSight::Group (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::QuickSight::Group` and its property types.

/// Definition of the AWS::QuickSight::Group Resource Type.
///
/// CloudFormation type `AWS::QuickSight::Group`.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    props: ::forma_core::schema::Props,
}
impl Group {
    /// A new resource with its required properties: `GroupName`, `Namespace`.
    #[track_caller]
    pub fn new(
        group_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        namespace: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(1, group_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(2, namespace.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// A description for the group.
    ///
    /// Allowed: length 1 to 512.
    #[track_caller]
    pub fn description(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Group {
    type Attributes = GroupAttributes;
    fn type_name(&self) -> &str {
        "AWS::QuickSight::Group"
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
/// The attributes of a `AWS::QuickSight::Group` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct GroupAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for GroupAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl GroupAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `PrincipalId`.
    pub fn principal_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "PrincipalId")
    }
}

/// The schema of `AWS::QuickSight::Group`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::QuickSight::Group",
    properties: &[
        ::forma_core::schema::Property {
            name: "Description",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
        ::forma_core::schema::Property {
            name: "GroupName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[\\u0020-\\u00FF]+$"),
                min_length: Some(1),
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "Namespace",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9._-]*$"),
                min_length: Some(0),
                max_length: Some(64),
            }),
        },
    ],
    rules: &[],
    attributes: &["Arn", "PrincipalId"],
};
