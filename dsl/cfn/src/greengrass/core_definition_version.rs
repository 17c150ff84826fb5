// @generated from AWS::Greengrass::CoreDefinitionVersion (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::Greengrass::CoreDefinitionVersion` and its property types.

/// Resource Type definition for AWS::Greengrass::CoreDefinitionVersion
///
/// CloudFormation type `AWS::Greengrass::CoreDefinitionVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct CoreDefinitionVersion {
    props: ::forma_core::schema::Props,
}
impl CoreDefinitionVersion {
    /// A new resource with its required properties: `CoreDefinitionId`, `Cores`.
    #[track_caller]
    pub fn new(
        core_definition_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        cores: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<Core>>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, core_definition_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, cores.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
}
impl ::forma_core::CfnResource for CoreDefinitionVersion {
    type Attributes = CoreDefinitionVersionAttributes;
    fn type_name(&self) -> &str {
        "AWS::Greengrass::CoreDefinitionVersion"
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
/// The attributes of a `AWS::Greengrass::CoreDefinitionVersion` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct CoreDefinitionVersionAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for CoreDefinitionVersionAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl CoreDefinitionVersionAttributes {
    /// `Fn::GetAtt` `Id`.
    pub fn id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Id")
    }
}

/// The `Core` property type of `AWS::Greengrass::CoreDefinitionVersion`.
#[derive(Debug, Clone, PartialEq)]
pub struct Core {
    props: ::forma_core::schema::Props,
}
impl Core {
    /// A new value with its required properties: `CertificateArn`, `Id`, `ThingArn`.
    pub fn new(
        certificate_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        thing_arn: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(0, certificate_arn.into().into_expr());
        props.set(1, id.into().into_expr());
        props.set(3, thing_arn.into().into_expr());
        Self { props }
    }
    /// `SyncShadow`.
    pub fn sync_shadow(mut self, value: impl ::std::convert::Into<::forma_core::Value<bool>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<Core> for ::forma_core::Value<Core> {
    fn from(v: Core) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(CORE_TYPE.properties))
    }
}

/// The schema of `AWS::Greengrass::CoreDefinitionVersion`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::Greengrass::CoreDefinitionVersion",
    properties: &[
        ::forma_core::schema::Property {
            name: "CoreDefinitionId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Cores",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&CORE_TYPE),
                ::forma_core::schema::ListRule { min_items: None, max_items: None },
            ),
        },
    ],
    rules: &[],
    attributes: &["Id"],
};

static CORE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::Greengrass::CoreDefinitionVersion.Core",
    properties: &[
        ::forma_core::schema::Property {
            name: "CertificateArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "Id",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
        ::forma_core::schema::Property {
            name: "SyncShadow",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Boolean,
        },
        ::forma_core::schema::Property {
            name: "ThingArn",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::ANY_STRING),
        },
    ],
    rules: &[],
};
