// @generated from AWS::CloudFormation::HookDefaultVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFormation::HookDefaultVersion` and its property types.

/// Set a version as default version for a hook in CloudFormation Registry.
///
/// CloudFormation type `AWS::CloudFormation::HookDefaultVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct HookDefaultVersion {
    props: ::forma_core::schema::Props,
}
impl HookDefaultVersion {
    /// A new resource.
    ///
    /// CloudFormation also needs exactly one of: `TypeVersionArn`; or `TypeName` and `VersionId`.
    pub fn new() -> Self {
        Self { props: ::forma_core::schema::Props::default() }
    }
    /// The name of the type being registered.
    #[track_caller]
    pub fn type_name(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(0, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The Amazon Resource Name (ARN) of the type version.
    #[track_caller]
    pub fn type_version_arn(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set_at(1, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// The ID of an existing version of the hook to set as the default.
    #[track_caller]
    pub fn version_id(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::std::default::Default for HookDefaultVersion {
    fn default() -> Self {
        Self::new()
    }
}
impl ::forma_core::CfnResource for HookDefaultVersion {
    type Attributes = HookDefaultVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFormation::HookDefaultVersion"
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
/// The attributes of a `AWS::CloudFormation::HookDefaultVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct HookDefaultVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for HookDefaultVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl HookDefaultVersionAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// The schema of `AWS::CloudFormation::HookDefaultVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFormation::HookDefaultVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "TypeName",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}$"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "TypeVersionArn",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some(
                    "^arn:aws[A-Za-z0-9-]{0,64}:cloudformation:[A-Za-z0-9-]{1,64}:([0-9]{12})?:type/hook/.+$",
                ),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "VersionId",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9-]{1,128}$"),
                min_length: None,
                max_length: None,
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["TypeVersionArn"], &["TypeName", "VersionId"]])],
    attributes: &["Arn"],
};
