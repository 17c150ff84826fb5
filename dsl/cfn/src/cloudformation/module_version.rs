// @generated from AWS::CloudFormation::ModuleVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::CloudFormation::ModuleVersion` and its property types.

/// A module that has been registered in the CloudFormation registry.
///
/// CloudFormation type `AWS::CloudFormation::ModuleVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct ModuleVersion {
    props: ::forma_core::schema::Props,
}
impl ModuleVersion {
    /// A new resource with its required properties: `ModuleName`, `ModulePackage`.
    #[track_caller]
    pub fn new(
        module_name: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        module_package: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, module_name.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, module_package.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for ModuleVersion {
    type Attributes = ModuleVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::CloudFormation::ModuleVersion"
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
/// The attributes of a `AWS::CloudFormation::ModuleVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct ModuleVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for ModuleVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl ModuleVersionAttributes {
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
    /// `Fn::GetAtt` `Description`.
    pub fn description(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Description")
    }
    /// `Fn::GetAtt` `DocumentationUrl`.
    pub fn documentation_url(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "DocumentationUrl")
    }
    /// `Fn::GetAtt` `IsDefaultVersion`.
    pub fn is_default_version(&self) -> ::forma_core::Value<bool> {
        ::forma_core::schema::get_att(&self.node, "IsDefaultVersion")
    }
    /// `Fn::GetAtt` `Schema`.
    pub fn schema(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Schema")
    }
    /// `Fn::GetAtt` `TimeCreated`.
    pub fn time_created(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "TimeCreated")
    }
    /// `Fn::GetAtt` `VersionId`.
    pub fn version_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "VersionId")
    }
    /// `Fn::GetAtt` `Visibility`.
    pub fn visibility(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Visibility")
    }
}

/// The schema of `AWS::CloudFormation::ModuleVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::CloudFormation::ModuleVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "ModuleName",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::[A-Za-z0-9]{2,64}::MODULE"),
                min_length: None,
                max_length: None,
            }),
        },
        ::forma_core::schema::Property {
            name: "ModulePackage",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
    attributes: &[
        "Arn",
        "Description",
        "DocumentationUrl",
        "IsDefaultVersion",
        "Schema",
        "TimeCreated",
        "VersionId",
        "Visibility",
    ],
};
