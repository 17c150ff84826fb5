// @generated from AWS::DevOpsAgent::Asset (cfn-lint 1.58.0 schemas) by dsl/codegen/generate.py — do not edit

//! `AWS::DevOpsAgent::Asset` and its property types.

/// Resource Type definition for AWS::DevOpsAgent::Asset.
///
/// CloudFormation type `AWS::DevOpsAgent::Asset`.
#[derive(Debug, Clone, PartialEq)]
pub struct Asset {
    props: ::forma_core::schema::Props,
}
impl Asset {
    /// A new resource with its required properties: `AgentSpaceId`, `AssetType`.
    #[track_caller]
    pub fn new(
        agent_space_id: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
        asset_type: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set_at(0, agent_space_id.into().into_expr(), ::std::panic::Location::caller());
        props.set_at(1, asset_type.into().into_expr(), ::std::panic::Location::caller());
        Self { props }
    }
    /// Inline file list.
    #[track_caller]
    pub fn files(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::vec::Vec<AssetFile>>>) -> Self {
        self.props.set_at(2, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Asset metadata document.
    #[track_caller]
    pub fn metadata(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set_at(3, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
    /// Base64-encoded zip bundle containing all files for the asset.
    ///
    /// Allowed: length 0 to 8388608.
    #[track_caller]
    pub fn zip(mut self, value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        self.props.set_at(4, value.into().into_expr(), ::std::panic::Location::caller());
        self
    }
}
impl ::forma_core::CfnResource for Asset {
    type Attributes = AssetAttributes;
    fn type_name(&self) -> &str {
        "AWS::DevOpsAgent::Asset"
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
/// The attributes of a `AWS::DevOpsAgent::Asset` (`Fn::GetAtt`), on the handle `add` returns.
#[derive(Debug, Clone)]
pub struct AssetAttributes {
    node: ::forma_core::value::NodeRef,
}
impl ::forma_core::schema::Attributes for AssetAttributes {
    fn new(node: ::forma_core::value::NodeRef) -> Self {
        Self { node }
    }
}
impl AssetAttributes {
    /// `Fn::GetAtt` `AssetId`.
    pub fn asset_id(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "AssetId")
    }
    /// `Fn::GetAtt` `Version`.
    pub fn version(&self) -> ::forma_core::Value<i64> {
        ::forma_core::schema::get_att(&self.node, "Version")
    }
    /// `Fn::GetAtt` `CreatedAt`.
    pub fn created_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "CreatedAt")
    }
    /// `Fn::GetAtt` `UpdatedAt`.
    pub fn updated_at(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "UpdatedAt")
    }
    /// `Fn::GetAtt` `Arn`.
    pub fn arn(&self) -> ::forma_core::Value<::std::string::String> {
        ::forma_core::schema::get_att(&self.node, "Arn")
    }
}

/// A single file inside an Asset's bundle.
#[derive(Debug, Clone, PartialEq)]
pub struct AssetFile {
    props: ::forma_core::schema::Props,
}
impl AssetFile {
    /// A new value with its required properties: `Path`.
    ///
    /// CloudFormation also needs exactly one of `ContentText` or `ContentBytes`.
    pub fn new(path: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>) -> Self {
        let mut props = ::forma_core::schema::Props::default();
        props.set(3, path.into().into_expr());
        Self { props }
    }
    /// Base64-encoded binary contents of the file.
    ///
    /// Allowed: length 0 to 8388608.
    pub fn content_bytes(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(0, value.into().into_expr());
        self
    }
    /// UTF-8 text contents of the file.
    ///
    /// Allowed: length 0 to 1572864.
    pub fn content_text(
        mut self,
        value: impl ::std::convert::Into<::forma_core::Value<::std::string::String>>,
    ) -> Self {
        self.props.set(1, value.into().into_expr());
        self
    }
    /// Per-file metadata document.
    pub fn metadata(mut self, value: impl ::std::convert::Into<::forma_core::Value<::forma_core::Json>>) -> Self {
        self.props.set(2, value.into().into_expr());
        self
    }
}
impl ::std::convert::From<AssetFile> for ::forma_core::Value<AssetFile> {
    fn from(v: AssetFile) -> Self {
        ::forma_core::Value::from_expr(v.props.into_expr(ASSET_FILE_TYPE.properties))
    }
}

/// The schema of `AWS::DevOpsAgent::Asset`.
pub static SPEC: ::forma_core::schema::ResourceType = ::forma_core::schema::ResourceType {
    type_name: "AWS::DevOpsAgent::Asset",
    properties: &[
        ::forma_core::schema::Property {
            name: "AgentSpaceId",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: Some(1),
                max_length: Some(255),
            }),
        },
        ::forma_core::schema::Property {
            name: "AssetType",
            required: true,
            create_only: true,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-z][a-z0-9_]*$"),
                min_length: Some(1),
                max_length: Some(64),
            }),
        },
        ::forma_core::schema::Property {
            name: "Files",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::List(
                &::forma_core::schema::Shape::Object(&ASSET_FILE_TYPE),
                ::forma_core::schema::ListRule { min_items: Some(1), max_items: None },
            ),
        },
        ::forma_core::schema::Property {
            name: "Metadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Zip",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(8388608),
            }),
        },
    ],
    rules: &[],
    attributes: &["AssetId", "Version", "CreatedAt", "UpdatedAt", "Arn"],
};

static ASSET_FILE_TYPE: ::forma_core::schema::PropertyType = ::forma_core::schema::PropertyType {
    name: "AWS::DevOpsAgent::Asset.AssetFile",
    properties: &[
        ::forma_core::schema::Property {
            name: "ContentBytes",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(8388608),
            }),
        },
        ::forma_core::schema::Property {
            name: "ContentText",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: None,
                min_length: None,
                max_length: Some(1572864),
            }),
        },
        ::forma_core::schema::Property {
            name: "Metadata",
            required: false,
            create_only: false,
            shape: ::forma_core::schema::Shape::Json,
        },
        ::forma_core::schema::Property {
            name: "Path",
            required: true,
            create_only: false,
            shape: ::forma_core::schema::Shape::String(&::forma_core::schema::StringRule {
                pattern: Some("^[a-zA-Z0-9_./-]+$"),
                min_length: Some(1),
                max_length: Some(512),
            }),
        },
    ],
    rules: &[::forma_core::schema::Combination::OneOf(&[&["ContentText"], &["ContentBytes"]])],
};
